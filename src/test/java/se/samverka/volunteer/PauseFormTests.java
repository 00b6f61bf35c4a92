package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PauseFormTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theDayBackMustLieAfterToday() {
        assertThat(new PauseForm(TODAY).problemOn(TODAY)).isEqualTo("volunteer.pause.until.notFuture");
        assertThat(new PauseForm(TODAY.minusDays(1)).problemOn(TODAY)).isEqualTo("volunteer.pause.until.notFuture");
        assertThat(new PauseForm(TODAY.plusDays(1)).problemOn(TODAY)).isNull();
    }

    @Test
    void aPauseLastsAtMostAYear() {
        assertThat(new PauseForm(TODAY.plusYears(1)).problemOn(TODAY)).isNull();
        assertThat(new PauseForm(TODAY.plusYears(1).plusDays(1)).problemOn(TODAY))
                .isEqualTo("volunteer.pause.until.tooFar");
    }
}
