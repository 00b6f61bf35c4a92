package se.samverka.meeting;

import jakarta.validation.constraints.Size;

/** The minutes of a meeting, stripped so that their length is counted as they will be saved. */
record MinutesForm(
        @Size(max = 20000, message = "{meeting.field.tooLong}")
        String minutes) {

    MinutesForm {
        minutes = minutes == null ? "" : minutes.strip();
    }
}
