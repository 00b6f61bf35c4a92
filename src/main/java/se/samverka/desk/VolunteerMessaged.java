package se.samverka.desk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A coordinator's invitation or message to one volunteer, already counted in the contact ledger; notification sends
 * it by the volunteer's channel ({@code EMAIL} or {@code SMS}) in their language. An invitation carries the meeting
 * ({@code meetingOn}, {@code meetingAt}, {@code place}) and an optional note in {@code body}; a message its
 * {@code subject} and {@code body} as typed.
 */
public record VolunteerMessaged(
        UUID messageId,
        UUID volunteerId,
        String name,
        String email,
        String phone,
        String channel,
        String locale,
        MessageKind kind,
        String subject,
        String body,
        LocalDate meetingOn,
        LocalTime meetingAt,
        String place) {

    @Override
    public String toString() {
        return "VolunteerMessaged[" + messageId + ", " + volunteerId + "]";
    }
}
