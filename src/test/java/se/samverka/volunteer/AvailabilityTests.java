package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvailabilityTests {

    // 2026-12-04 is a Friday, 2026-12-05 a Saturday, 2026-12-06 a Sunday, 2026-12-07 a Monday
    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "2026-12-07, 09:00, WEEKDAY_DAYTIME",
        "2026-12-07, 16:59, WEEKDAY_DAYTIME",
        "2026-12-07, 17:00, WEEKDAY_EVENING",
        "2026-12-04, 19:30, WEEKDAY_EVENING",
        "2026-12-04, 00:00, WEEKDAY_DAYTIME",
        "2026-12-05, 10:00, WEEKEND_DAYTIME",
        "2026-12-06, 16:59, WEEKEND_DAYTIME",
        "2026-12-06, 17:00, WEEKEND_EVENING",
        "2026-12-05, 23:59, WEEKEND_EVENING"
    })
    void aTaskFallsInExactlyOneOfTheFourSlots(LocalDate day, LocalTime from, TimeSlot slot) {
        for (var candidate : TimeSlot.values()) {
            var onlyThat = TimeSlot.availability(Set.of(candidate));
            assertThat(onlyThat.covers(day, from)).as(candidate.name()).isEqualTo(candidate == slot);
        }
    }

    @Test
    void someoneFreeAllWeekIsFreeAnyTimeAndNobodyIsFreeWithoutSlots() {
        var always = new Availability(true, true, true, true);
        var never = new Availability(false, false, false, false);
        for (int d = 0; d < 7; d++) {
            var day = LocalDate.of(2026, 12, 1).plusDays(d);
            for (var time : new LocalTime[] {LocalTime.MIN, LocalTime.NOON, LocalTime.of(17, 0), LocalTime.MAX}) {
                assertThat(always.covers(day, time)).isTrue();
                assertThat(never.covers(day, time)).isFalse();
            }
        }
        assertThat(always.any()).isTrue();
        assertThat(never.any()).isFalse();
    }

    @Test
    void slotsAndAvailabilityTranslateBothWays() {
        for (int bits = 0; bits < 16; bits++) {
            var availability = new Availability((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0);
            var slots = TimeSlot.of(availability);
            assertThat(slots).hasSize(Integer.bitCount(bits));
            assertThat(TimeSlot.availability(slots)).isEqualTo(availability);
        }
    }
}
