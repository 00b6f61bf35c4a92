package se.samverka.callout;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily local-time interval during which a volunteer is never asked, from inclusive to exclusive. It may
 * cross midnight (21:00-08:00). Equal from and to means no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime to) {

	public QuietHours {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
	}

	public static QuietHours of(String from, String to) {
		return new QuietHours(LocalTime.parse(from), LocalTime.parse(to));
	}

	/** Whether a local time of day falls inside the quiet hours. */
	public boolean contains(LocalTime time) {
		if (from.equals(to)) {
			return false;
		}
		if (from.isBefore(to)) {
			return !time.isBefore(from) && time.isBefore(to);
		}
		return !time.isBefore(from) || time.isBefore(to);
	}
}
