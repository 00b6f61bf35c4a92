package se.samverka.situation;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.samverka.shared.MunicipalTime;

/**
 * {@code samverka.situation.*}: the hour of the daily report in the municipality's time zone, and the krisledning's
 * address that gets each report (empty: no e-mail).
 */
@ConfigurationProperties("samverka.situation")
record SituationProperties(LocalTime dailyAt, String mailTo) {

    SituationProperties {
        dailyAt = dailyAt == null ? LocalTime.of(7, 0) : dailyAt;
        mailTo = mailTo == null ? "" : mailTo.strip();
    }

    /** The municipality's time zone (shared.MunicipalTime), which the daily hour is read in. */
    ZoneId zone() {
        return MunicipalTime.ZONE;
    }
}
