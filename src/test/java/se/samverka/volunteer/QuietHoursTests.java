package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuietHoursTests {

    @ParameterizedTest(name = "{0}–{1} at {2}: quiet {3}")
    @CsvSource({
        "21:00, 08:00, 21:00, true", "21:00, 08:00, 23:59, true", "21:00, 08:00, 00:00, true",
        "21:00, 08:00, 07:59, true", "21:00, 08:00, 08:00, false", "21:00, 08:00, 12:00, false",
        "21:00, 08:00, 20:59, false", "12:00, 13:00, 12:30, true", "12:00, 13:00, 13:00, false",
        "12:00, 13:00, 11:59, false", "00:00, 06:00, 00:00, true", "22:00, 00:00, 23:30, true",
        "22:00, 00:00, 00:00, false"
    })
    void coversItsIntervalAlsoAcrossMidnight(LocalTime from, LocalTime to, LocalTime at, boolean quiet) {
        assertThat(new QuietHours(from, to).covers(at)).isEqualTo(quiet);
    }

    @ParameterizedTest
    @CsvSource({"08:00, 08:00"})
    void refusesAnEmptyInterval(LocalTime from, LocalTime to) {
        assertThatThrownBy(() -> new QuietHours(from, to)).isInstanceOf(IllegalArgumentException.class);
    }
}
