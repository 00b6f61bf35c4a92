package se.samverka.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * An organisation's registration as typed: how many come, and who (stripped, so that the length is counted as it
 * will be saved). Whether they fit the meeting is the module's rule.
 */
record RegistrationForm(
        @NotNull(message = "{meeting.field.participants.invalid}")
        @Min(value = 1, message = "{meeting.field.participants.invalid}")
        @Max(value = 50, message = "{meeting.field.participants.invalid}")
        Integer participants,

        @NotBlank(message = "{meeting.field.names.required}") @Size(max = 2000, message = "{meeting.field.tooLong}")
        String names) {

    RegistrationForm {
        names = names == null ? "" : names.strip();
    }

    static RegistrationForm empty() {
        return new RegistrationForm(1, "");
    }

    /** The registration as the module takes it; only for a form without errors. */
    NewRegistration registration(UUID meetingId, UUID organisationId, String language) {
        return new NewRegistration(meetingId, organisationId, participants, names, language);
    }
}
