package se.samverka.helprequest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.helprequest.*}.
 *
 * @param attentionAfter a request still waiting for a volunteer this long after it came in (or due within a day) is
 *     put on the coordinators' attention list. Default 24 hours.
 * @param tabCountsMaxAge how old the counts on the queue's tabs may be (default 5 s): ten coordinators reloading the
 *     queue count 50,000 requests once per period instead of once each; the list itself is always read fresh. Zero
 *     counts on every request (the tests).
 */
@ConfigurationProperties("samverka.helprequest")
record HelpRequestProperties(Duration attentionAfter, Duration tabCountsMaxAge) {

    HelpRequestProperties {
        attentionAfter = attentionAfter == null ? Duration.ofHours(24) : attentionAfter;
        tabCountsMaxAge = tabCountsMaxAge == null ? Duration.ofSeconds(5) : tabCountsMaxAge;
    }
}
