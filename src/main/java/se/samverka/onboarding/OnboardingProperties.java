package se.samverka.onboarding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.onboarding.*}: how long a volunteer may stand at a step before the one reminder
 * ({@code remind-after}, default three days), when reminders go out ({@code remind-cron}, Stockholm time) and how
 * often volunteers written behind the module's back (imports, the demo) are picked up ({@code catch-up-every},
 * default a minute). {@code counts-max-age} (default 30 s): how old the counts per step on the start page may be
 * when the change was made on another instance; a change made here clears them at once. Zero counts every time.
 */
@ConfigurationProperties("samverka.onboarding")
record OnboardingProperties(Duration remindAfter, String remindCron, Duration catchUpEvery, Duration countsMaxAge) {

    OnboardingProperties {
        remindAfter = remindAfter == null ? Duration.ofDays(3) : remindAfter;
        remindCron = remindCron == null || remindCron.isBlank() ? "0 0 10 * * *" : remindCron;
        catchUpEvery = catchUpEvery == null ? Duration.ofMinutes(1) : catchUpEvery;
        countsMaxAge = countsMaxAge == null ? Duration.ofSeconds(30) : countsMaxAge;
    }
}
