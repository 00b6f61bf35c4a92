package se.samverka.meeting;

import java.time.Instant;
import java.util.UUID;

/** An organisation's registration to a meeting: a seat, a place on the waiting list, or cancelled. */
record Registration(UUID id, UUID meetingId, UUID organisationId, String organisationName, int participants,
		String names, Status status, Instant registeredAt, Boolean attended) {

	enum Status {
		REGISTERED, WAITING, CANCELLED;

		String messageKey() {
			return "meeting.registration.status." + name();
		}
	}

	boolean active() {
		return status != Status.CANCELLED;
	}
}
