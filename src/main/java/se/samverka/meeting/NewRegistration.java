package se.samverka.meeting;

import java.util.Objects;
import java.util.UUID;

/**
 * An organisation's registration to a meeting as the module takes it: how many come, who (stripped), and the
 * language ({@code sv} or {@code en}) the organisation is written to in about it.
 */
record NewRegistration(UUID meetingId, UUID organisationId, int participants, String names, String language) {

    NewRegistration {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(organisationId, "organisationId");
        if (participants < 1) {
            throw new IllegalArgumentException("participants: " + participants);
        }
        if (names == null || names.isBlank()) {
            throw new IllegalArgumentException("names are blank");
        }
        names = names.strip();
    }
}
