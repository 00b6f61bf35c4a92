package se.samverka.task;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a volunteer may tell when marking a task done; both optional. Minutes are kept as typed. */
record DoneForm(
        @Size(max = 1000, message = "{task.done.note.tooLong}")
        String note,

        @Pattern(regexp = "^\\s*(\\d{1,3}|1[0-3]\\d\\d|14[0-3]\\d|1440)?\\s*$", message = "{task.done.minutes.range}")
        String minutes) {

    Integer minutesValue() {
        return minutes == null || minutes.isBlank() ? null : Integer.valueOf(minutes.strip());
    }
}
