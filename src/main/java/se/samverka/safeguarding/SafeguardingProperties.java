package se.samverka.safeguarding;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Safeguarding settings ({@code samverka.safeguarding.*}): the current pledge version, how long an
 * identity check (null: never expires) and a criminal-records extract stay valid, and how long before expiry
 * the volunteer and the coordinators are told. The level each kind of help needs is data the administrator keeps
 * with the kind (module helpkind), no longer a setting.
 */
@ConfigurationProperties("samverka.safeguarding")
record SafeguardingProperties(String pledgeVersion, Period idValidity, Period recordValidity, Period noticeBefore) {

    SafeguardingProperties {
        pledgeVersion = pledgeVersion == null || pledgeVersion.isBlank() ? "1" : pledgeVersion;
        recordValidity = recordValidity == null ? Period.ofMonths(12) : recordValidity;
        noticeBefore = noticeBefore == null ? Period.ofDays(30) : noticeBefore;
    }
}
