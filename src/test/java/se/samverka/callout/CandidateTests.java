package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.Availability;

class CandidateTests {

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    @ParameterizedTest(name = "{0}, asked {1} hours ago: budget used {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ONCE_A_WEEK    |               | false",
                "ONCE_A_WEEK    | 1             | true",
                "ONCE_A_WEEK    | 167           | true",
                "ONCE_A_WEEK    | 168           | false",
                "ONCE_A_WEEK    | 200           | false",
                "TWICE_A_MONTH  | 1             | false",
                "TWICE_A_MONTH  | 1 719         | true",
                "TWICE_A_MONTH  | 1 720         | false",
                "TWICE_A_MONTH  | 720 1 2       | true",
                "TWICE_A_MONTH  | 900 800 1     | false",
                "ONCE_A_MONTH   | 719           | true",
                "ONCE_A_MONTH   | 720           | false",
                "ONLY_IN_CRISIS |               | true",
                "ONLY_IN_CRISIS | 5000          | true"
            })
    void budgetCountsAsksWithinTheWindow(AskFrequency frequency, String hoursAgo, boolean used) {
        var asks = hoursAgo == null
                ? List.<Instant>of()
                : Arrays.stream(hoursAgo.trim().split(" +"))
                        .map(h -> NOW.minus(Duration.ofHours(Long.parseLong(h))))
                        .toList();
        assertThat(candidate(frequency, asks).budgetUsedAt(NOW)).isEqualTo(used);
    }

    @Test
    void keepsOnlyTheNewestAsksTheBudgetNeeds() {
        // the largest budget: twice a month raised by the most a crisis may raise it
        assertThat(Candidate.TRACKED_ASKS).isEqualTo(2 + Allowance.MAX_RAISE);
        var older = new ArrayList<Instant>();
        for (int i = 14; i >= 3; i--) {
            older.add(NOW.minusSeconds(100L * i));
        }
        var c = candidate(AskFrequency.TWICE_A_MONTH, older)
                .withAsk(NOW.minusSeconds(200))
                .withAsk(NOW.minusSeconds(100));
        assertThat(c.recentAsks()).hasSize(Candidate.TRACKED_ASKS);
        assertThat(c.recentAsks().get(0)).isEqualTo(NOW.minusSeconds(100));
        assertThat(c.recentAsks().get(Candidate.TRACKED_ASKS - 1)).isEqualTo(NOW.minusSeconds(1200));
        assertThat(c.lastAskedAt()).isEqualTo(NOW.minusSeconds(100));
        assertThat(candidate(AskFrequency.ONCE_A_WEEK, List.of()).lastAskedAt()).isNull();
    }

    @Test
    void pausedUntilADayMeansAvailableOnThatDay() {
        var c = new Candidate(
                UUID.randomUUID(),
                Set.of("ska"),
                Set.of(HelpKind.SHOPPING),
                Set.of("sv"),
                new Availability(true, true, true, true),
                AskFrequency.ONCE_A_WEEK,
                LocalDate.of(2026, 12, 5),
                null,
                List.of());
        assertThat(c.isPausedOn(LocalDate.of(2026, 12, 4))).isTrue();
        assertThat(c.isPausedOn(LocalDate.of(2026, 12, 5))).isFalse();
    }

    static Candidate candidate(AskFrequency frequency, List<Instant> asks) {
        return new Candidate(
                UUID.randomUUID(),
                Set.of("ska"),
                Set.of(HelpKind.SHOPPING),
                Set.of("sv"),
                new Availability(true, true, true, true),
                frequency,
                null,
                null,
                asks);
    }
}
