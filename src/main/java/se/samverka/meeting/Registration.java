package se.samverka.meeting;

import java.time.Instant;
import java.util.UUID;

/** An organisation's registration to a meeting: a seat, a place on the waiting list, or cancelled. */
public record Registration(
        UUID id,
        UUID meetingId,
        UUID organisationId,
        String organisationName,
        int participants,
        String names,
        Status status,
        Instant registeredAt,
        Boolean attended) {

    public enum Status {
        REGISTERED,
        WAITING,
        CANCELLED;

        public String messageKey() {
            return "meeting.registration.status." + name();
        }
    }

    public boolean active() {
        return status != Status.CANCELLED;
    }
}
