package se.samverka.desk;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.desk.*}: {@code week-max-age} (default 30 s) is how old the start page's week at a glance may be;
 * every coordinator's reload within it reads the same figures. Zero works them out every time.
 */
@ConfigurationProperties("samverka.desk")
record DeskProperties(Duration weekMaxAge) {

    DeskProperties {
        weekMaxAge = weekMaxAge == null ? Duration.ofSeconds(30) : weekMaxAge;
    }
}
