package se.samverka.callout;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whom to ask, in order, and how many volunteers were skipped for each reason (reasons with no skipped
 * volunteer are left out).
 */
public record Selection(List<UUID> toAsk, Map<SkipReason, Integer> skipped) {

    public Selection {
        toAsk = List.copyOf(toAsk);
        var counts = new EnumMap<SkipReason, Integer>(SkipReason.class);
        skipped.forEach((reason, count) -> {
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + reason);
            }
            if (count > 0) {
                counts.put(reason, count);
            }
        });
        skipped = java.util.Collections.unmodifiableMap(counts);
    }

    public int skipped(SkipReason reason) {
        return skipped.getOrDefault(reason, 0);
    }
}
