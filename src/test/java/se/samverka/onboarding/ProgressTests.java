package se.samverka.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The step rule in Java; {@link OnboardingTests} checks the SQL twin against the same cases. */
class ProgressTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static Progress progress(boolean confirmed, boolean needsId, LocalDate idBefore, String pledge) {
        return new Progress(UUID.randomUUID(), Instant.EPOCH, confirmed, needsId, idBefore, pledge, Instant.EPOCH);
    }

    @Test
    void takesTheStepsInOrder() {
        assertThat(progress(false, true, null, null).stepOn(TODAY, "1")).isEqualTo(OnboardingStep.CONFIRM_EMAIL);
        assertThat(progress(true, true, null, "1").stepOn(TODAY, "1")).isEqualTo(OnboardingStep.ID_CHECK);
        assertThat(progress(true, true, Progress.NEVER, null).stepOn(TODAY, "1"))
                .isEqualTo(OnboardingStep.PLEDGE);
        assertThat(progress(true, true, Progress.NEVER, "1").stepOn(TODAY, "1")).isEqualTo(OnboardingStep.READY);
    }

    @Test
    void skipsTheIdCheckWhenNoKindNeedsIt() {
        assertThat(progress(true, false, null, null).stepOn(TODAY, "1")).isEqualTo(OnboardingStep.PLEDGE);
        assertThat(progress(true, false, null, "1").stepOn(TODAY, "1")).isEqualTo(OnboardingStep.READY);
    }

    @Test
    void anExpiredCheckOrANewPledgeVersionSendsBack() {
        assertThat(progress(true, true, TODAY, "1").stepOn(TODAY, "1"))
                .as("the expiry day itself no longer counts")
                .isEqualTo(OnboardingStep.ID_CHECK);
        assertThat(progress(true, true, TODAY.plusDays(1), "1").stepOn(TODAY, "1"))
                .isEqualTo(OnboardingStep.READY);
        assertThat(progress(true, false, null, "1").stepOn(TODAY, "2")).isEqualTo(OnboardingStep.PLEDGE);
    }
}
