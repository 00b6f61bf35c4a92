package se.samverka.helprequest;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A history entry as shown: the time in the municipality's zone. */
record HistoryLine(
        ZonedDateTime at, String actor, String action, HelpRequestStatus from, HelpRequestStatus to, String detail) {

    static HistoryLine of(HistoryEntry entry, ZoneId zone) {
        return new HistoryLine(
                entry.at().atZone(zone), entry.actor(), entry.action(), entry.from(), entry.to(), entry.detail());
    }

    public boolean submittedByWeb() {
        return PublicRequestController.ACTOR.equals(actor);
    }

    /** The submission's detail is the channel's name, which has a message of its own. */
    public boolean detailIsChannel() {
        return "SUBMITTED".equals(action) && detail != null && (detail.equals("WEB") || detail.equals("PHONE"));
    }
}
