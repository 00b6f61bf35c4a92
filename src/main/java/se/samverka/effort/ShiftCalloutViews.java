package se.samverka.effort;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.SubjectType;
import se.samverka.volunteer.Volunteers;

/** A shift's call-outs as its roster shows them. */
@Component
class ShiftCalloutViews {

    private final CalloutQueries calloutQueries;
    private final Volunteers volunteers;

    ShiftCalloutViews(CalloutQueries calloutQueries, Volunteers volunteers) {
        this.calloutQueries = calloutQueries;
        this.volunteers = volunteers;
    }

    /** The id of the shift's running call-out, or null. */
    UUID active(UUID shiftId) {
        return calloutQueries
                .activeFor(SubjectType.EFFORT_NEED, shiftId)
                .map(c -> c.id())
                .orElse(null);
    }

    /** The shift's newest call-out with everyone asked (names read in one batch), or null if it never had one. */
    ShiftCalloutView latest(UUID shiftId) {
        var latest = calloutQueries.forSubject(SubjectType.EFFORT_NEED, shiftId).stream()
                .findFirst()
                .orElse(null);
        if (latest == null) {
            return null;
        }
        var asked = calloutQueries.asks(latest.id());
        var names = volunteers.namesOf(asked.stream().map(a -> a.volunteerId()).toList());
        var asks = asked.stream()
                .map(a -> new ShiftCalloutView.Ask(
                        a.volunteerId(),
                        names.getOrDefault(a.volunteerId(), "–"),
                        "effort.callout.channel." + a.channel().name(),
                        a.status().messageKey()))
                .toList();
        var skipped = calloutQueries.skipCounts(latest.id()).entrySet().stream()
                .map(e -> new ShiftCalloutView.Skipped(e.getKey().messageKey(), e.getValue()))
                .toList();
        return new ShiftCalloutView(latest, asks, skipped);
    }
}
