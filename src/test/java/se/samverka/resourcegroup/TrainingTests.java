package se.samverka.resourcegroup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrainingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static Training expiring(LocalDate on) {
        return new Training(UUID.randomUUID(), "FRG grund", LocalDate.of(2024, 1, 1), on);
    }

    @Test
    void expiredBeforeTodayExpiringWithinThirtyDaysElseValid() {
        assertThat(expiring(TODAY.minusDays(1)).stateOn(TODAY)).isEqualTo(Training.State.EXPIRED);
        assertThat(expiring(TODAY).stateOn(TODAY)).isEqualTo(Training.State.EXPIRING);
        assertThat(expiring(TODAY.plusDays(30)).stateOn(TODAY)).isEqualTo(Training.State.EXPIRING);
        assertThat(expiring(TODAY.plusDays(31)).stateOn(TODAY)).isEqualTo(Training.State.VALID);
        assertThat(expiring(null).stateOn(TODAY)).isEqualTo(Training.State.VALID);
    }

    @Test
    void aMemberShowsTheirWorstTraining() {
        var member = new Member(
                UUID.randomUUID(),
                "Anna",
                null,
                false,
                List.of(expiring(TODAY.plusDays(400)), expiring(TODAY.plusDays(10))));
        assertThat(member.trainingState(TODAY)).isEqualTo(Training.State.EXPIRING);
    }

    @Test
    void ruleOfThreeAsksThreeTimesTheNeedAndSaysWhenTheGroupIsTooSmall() {
        assertThat(new RuleOfThree(4, 12).toAsk()).isEqualTo(12);
        assertThat(new RuleOfThree(4, 12).enough()).isTrue();
        assertThat(new RuleOfThree(4, 11).enough()).isFalse();
        assertThat(new RuleOfThree(4, 11).places()).isEqualTo(3);
    }
}
