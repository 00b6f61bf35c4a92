package se.samverka.referral;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.referral.deadline}: how long the associations have to accept a referred request before it
 * returns to the municipality's queue. Default 24 hours; the coordinator may choose another when referring.
 */
@ConfigurationProperties("samverka.referral")
record ReferralProperties(Duration deadline) {

    ReferralProperties {
        deadline = deadline == null ? Duration.ofHours(24) : deadline;
    }
}
