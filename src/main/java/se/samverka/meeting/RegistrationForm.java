package se.samverka.meeting;

import org.springframework.validation.Errors;

/** An organisation's registration as typed: how many come, and who. */
record RegistrationForm(String participants, String names) {

    RegistrationForm {
        participants = participants == null ? "" : participants;
        names = names == null ? "" : names;
    }

    static RegistrationForm empty() {
        return new RegistrationForm("1", "");
    }

    void check(Errors errors) {
        if (participantsValue() == null) {
            errors.rejectValue("participants", "meeting.field.participants.invalid");
        }
        if (names.isBlank()) {
            errors.rejectValue("names", "meeting.field.names.required");
        } else if (names.strip().length() > 2000) {
            errors.rejectValue("names", "meeting.field.tooLong");
        }
    }

    Integer participantsValue() {
        try {
            var value = Integer.parseInt(participants.strip());
            return value >= 1 && value <= 50 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
