package se.samverka.safeguarding;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.samverka.shared.HelpKind;

/**
 * Safeguarding settings ({@code samverka.safeguarding.*}): the level each kind of help needs (phone
 * companionship 0, everything at the door 1 unless configured), the current pledge version, how long an
 * identity check (null: never expires) and a criminal-records extract stay valid, and how long before expiry
 * the volunteer and the coordinators are told.
 */
@ConfigurationProperties("samverka.safeguarding")
record SafeguardingProperties(
        Map<HelpKind, Integer> level,
        String pledgeVersion,
        Period idValidity,
        Period recordValidity,
        Period noticeBefore) {

    SafeguardingProperties {
        var levels = new EnumMap<HelpKind, Integer>(HelpKind.class);
        for (var kind : HelpKind.values()) {
            levels.put(kind, kind == HelpKind.PHONE_COMPANIONSHIP ? 0 : 1);
        }
        if (level != null) {
            level.forEach((kind, value) -> {
                if (value == null || value < 0 || value > Safeguarding.MAX_LEVEL) {
                    throw new IllegalArgumentException("samverka.safeguarding.level." + kind + " must be 0 to 2");
                }
                levels.put(kind, value);
            });
        }
        level = Map.copyOf(levels);
        pledgeVersion = pledgeVersion == null || pledgeVersion.isBlank() ? "1" : pledgeVersion;
        recordValidity = recordValidity == null ? Period.ofMonths(12) : recordValidity;
        noticeBefore = noticeBefore == null ? Period.ofDays(30) : noticeBefore;
    }
}
