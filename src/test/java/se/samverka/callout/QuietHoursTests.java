package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTests {

	@ParameterizedTest(name = "{0}-{1} at {2}: quiet {3}")
	@CsvSource({
		"21:00, 08:00, 20:59, false",
		"21:00, 08:00, 21:00, true",
		"21:00, 08:00, 23:59, true",
		"21:00, 08:00, 00:00, true",
		"21:00, 08:00, 07:59, true",
		"21:00, 08:00, 08:00, false",
		"21:00, 08:00, 12:00, false",
		"09:00, 17:00, 08:59, false",
		"09:00, 17:00, 09:00, true",
		"09:00, 17:00, 16:59, true",
		"09:00, 17:00, 17:00, false",
		"00:00, 06:00, 00:00, true",
		"22:00, 00:00, 23:59, true",
		"22:00, 00:00, 00:00, false",
		"10:00, 10:00, 10:00, false" })
	void quietFromInclusiveToExclusiveAlsoAcrossMidnight(String from, String to, String time, boolean quiet) {
		assertThat(QuietHours.of(from, to).contains(LocalTime.parse(time))).isEqualTo(quiet);
	}
}
