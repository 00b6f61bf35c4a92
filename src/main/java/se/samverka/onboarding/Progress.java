package se.samverka.onboarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The facts that decide a volunteer's step, as last seen. {@code idCheckValidBefore} is the day the newest identity
 * check stops counting (null: none; {@link #NEVER} for one that does not expire); {@code pledgeVersion} the pledge
 * version accepted (null: none). {@code progressedAt} is when any fact last changed: how long they stood still.
 */
record Progress(
        UUID volunteerId,
        Instant signedUpAt,
        boolean emailConfirmed,
        boolean needsIdCheck,
        LocalDate idCheckValidBefore,
        String pledgeVersion,
        Instant progressedAt) {

    static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    /** The step on a day, with the pledge version current then; the same rule as the counting SQL. */
    OnboardingStep stepOn(LocalDate day, String currentPledge) {
        if (!emailConfirmed) {
            return OnboardingStep.CONFIRM_EMAIL;
        }
        if (needsIdCheck && (idCheckValidBefore == null || !idCheckValidBefore.isAfter(day))) {
            return OnboardingStep.ID_CHECK;
        }
        if (!Objects.equals(pledgeVersion, currentPledge)) {
            return OnboardingStep.PLEDGE;
        }
        return OnboardingStep.READY;
    }

    boolean sameFactsAs(Progress other) {
        return other != null
                && emailConfirmed == other.emailConfirmed
                && needsIdCheck == other.needsIdCheck
                && Objects.equals(idCheckValidBefore, other.idCheckValidBefore)
                && Objects.equals(pledgeVersion, other.pledgeVersion);
    }
}
