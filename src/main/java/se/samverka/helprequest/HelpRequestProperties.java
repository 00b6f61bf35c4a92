package se.samverka.helprequest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.helprequest.attention-after}: a request still waiting for a volunteer this long after it came
 * in (or due within a day) is put on the coordinators' attention list. Default 24 hours.
 */
@ConfigurationProperties("samverka.helprequest")
record HelpRequestProperties(Duration attentionAfter) {

    HelpRequestProperties {
        attentionAfter = attentionAfter == null ? Duration.ofHours(24) : attentionAfter;
    }
}
