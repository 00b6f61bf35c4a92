package se.samverka.onboarding;

import java.util.UUID;

/**
 * A volunteer has stood at a step longer than the configured time and gets its one reminder, in their language,
 * by their channel ({@code EMAIL} or {@code SMS}; {@code phone} may be null). At {@link OnboardingStep#CONFIRM_EMAIL}
 * it carries a fresh confirmation token for the link (the earlier link stops working); otherwise null.
 */
public record OnboardingReminderDue(
        UUID volunteerId,
        OnboardingStep step,
        String name,
        String email,
        String phone,
        String channel,
        String locale,
        String confirmationToken) {

    @Override
    public String toString() {
        return "OnboardingReminderDue[" + volunteerId + ", " + step + "]";
    }
}
