package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearlyCheckDueTests {

    @ParameterizedTest(name = "{0}, confirmed {1}, reminded {2}: due {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "APPROVED, 2025-06-01T08:00:00Z, -, true",
                "APPROVED, 2025-06-02T08:00:00Z, -, false",
                "APPROVED, 2025-06-02T07:59:59Z, -, true",
                "APPROVED, 2026-01-01T00:00:00Z, -, false",
                "APPROVED, 2024-01-01T00:00:00Z, 2026-05-01T09:00:00Z, false",
                "PENDING, 2024-01-01T00:00:00Z, -, false",
                "REJECTED, 2024-01-01T00:00:00Z, -, false"
            })
    void dueOneYearAfterTheLastConfirmationOnceAndOnlyWhenApproved(
            OrganisationStatus status, Instant confirmed, Instant reminded, boolean due) {
        var now = Instant.parse("2026-06-02T08:00:00Z");
        assertThat(YearlyCheck.isDue(status, confirmed, reminded, now)).isEqualTo(due);
    }
}
