package se.samverka.callout;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import se.samverka.shared.HelpKind;

/** One need to find volunteers for: what, where, when, in which language (or any) and how many people. */
public record Need(HelpKind kind, String districtId, LocalDate date, LocalTime from, LocalTime to, String language,
		int peopleNeeded) {

	public Need {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(districtId, "districtId");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(from, "from");
		if (peopleNeeded < 1) {
			throw new IllegalArgumentException("peopleNeeded must be at least 1");
		}
		if (language != null && language.isBlank()) {
			language = null;
		}
	}

	/** How many volunteers to ask: {@code factor} times the people needed. */
	public int howManyToAsk(int factor) {
		if (factor < 1) {
			throw new IllegalArgumentException("factor must be at least 1");
		}
		return Math.multiplyExact(peopleNeeded, factor);
	}
}
