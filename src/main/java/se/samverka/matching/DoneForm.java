package se.samverka.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** What a volunteer may tell when marking a task done; both optional. */
record DoneForm(@Size(max = 1000, message = "{matching.done.note.tooLong}") String note,
		@Min(value = 0, message = "{matching.done.minutes.range}") @Max(value = 1440, message = "{matching.done.minutes.range}") Integer minutes) {
}
