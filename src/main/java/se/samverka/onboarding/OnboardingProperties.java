package se.samverka.onboarding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.onboarding.*}: how long a volunteer may stand at a step before the one reminder
 * ({@code remind-after}, default three days), when reminders go out ({@code remind-cron}, Stockholm time) and how
 * often volunteers written behind the module's back (imports, the demo) are picked up ({@code catch-up-every},
 * default a minute).
 */
@ConfigurationProperties("samverka.onboarding")
record OnboardingProperties(Duration remindAfter, String remindCron, Duration catchUpEvery) {

    OnboardingProperties {
        remindAfter = remindAfter == null ? Duration.ofDays(3) : remindAfter;
        remindCron = remindCron == null || remindCron.isBlank() ? "0 0 10 * * *" : remindCron;
        catchUpEvery = catchUpEvery == null ? Duration.ofMinutes(1) : catchUpEvery;
    }
}
