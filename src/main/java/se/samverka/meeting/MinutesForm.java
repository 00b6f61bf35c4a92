package se.samverka.meeting;

import org.springframework.validation.Errors;

/** The minutes of a meeting, as typed. */
record MinutesForm(String minutes) {

    MinutesForm {
        minutes = minutes == null ? "" : minutes;
    }

    void check(Errors errors) {
        if (minutes.strip().length() > 20000) {
            errors.rejectValue("minutes", "meeting.field.tooLong");
        }
    }
}
