package se.samverka.desk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * An invitation to an onboarding meeting (day, time, place and an optional note) or a message (subject and text) to
 * the volunteers selected in the register. {@code messageId} is fixed at the preview so a repeated send is one send;
 * {@code back} is the register view to return to.
 */
record MessageForm(
        List<String> ids,
        MessageKind kind,
        String subject,
        String body,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetingOn,
        @DateTimeFormat(pattern = "HH:mm") LocalTime meetingAt,
        String place,
        String messageId,
        String back) {

    static final int SUBJECT_MAX = 150;

    /** Short enough for three SMS with the signature, so one text serves both channels. */
    static final int BODY_MAX = 400;

    static final int PLACE_MAX = 200;

    MessageForm {
        ids = ids == null ? List.of() : List.copyOf(ids);
        kind = kind == null ? MessageKind.MESSAGE : kind;
        subject = trimmed(subject);
        body = trimmed(body);
        place = trimmed(place);
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
    }

    /** Rejects what is missing or too long; a day in the past for a meeting. */
    void validate(Errors errors, LocalDate today) {
        if (kind == MessageKind.MESSAGE) {
            required(errors, "subject", subject, SUBJECT_MAX);
            required(errors, "body", body, BODY_MAX);
            return;
        }
        if (!errors.hasFieldErrors("meetingOn")) {
            if (meetingOn == null) {
                errors.rejectValue("meetingOn", "desk.message.meetingOn.required");
            } else if (meetingOn.isBefore(today)) {
                errors.rejectValue("meetingOn", "desk.message.meetingOn.past");
            }
        }
        if (!errors.hasFieldErrors("meetingAt") && meetingAt == null) {
            errors.rejectValue("meetingAt", "desk.message.meetingAt.required");
        }
        required(errors, "place", place, PLACE_MAX);
        if (body != null && body.length() > BODY_MAX) {
            errors.rejectValue("body", "desk.message.body.tooLong", new Object[] {BODY_MAX}, null);
        }
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value == null) {
            errors.rejectValue(field, "desk.message." + field + ".required");
        } else if (value.length() > max) {
            errors.rejectValue(field, "desk.message." + field + ".tooLong", new Object[] {max}, null);
        }
    }

    /** Where to go afterwards: a register view, never another site. */
    String safeBack() {
        return back != null && back.startsWith(RegisterFilter.PATH) && !back.contains("//") && !back.contains("\\")
                ? back
                : RegisterFilter.PATH;
    }
}
