package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalloutSelectorEquivalenceTests {

    @Test
    void indexedSelectionEqualsBruteForceOnThousandRandomNeedsWithAsksInBetween() {
        var random = new RandomVolunteers(20261130L);
        var now = Instant.parse("2026-11-30T07:00:00Z");
        var all = new LinkedHashMap<UUID, Candidate>();
        random.candidates(10_000, now).forEach(c -> all.put(c.volunteerId(), c));
        var indexed = new CalloutSelector(all.values(), RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM);
        var bruteForce = new BruteForceSelector(all.values(), RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM);
        var ids = all.keySet().stream().toList();
        var asked = 0;
        var nonEmpty = 0;
        for (int i = 0; i < 1_000; i++) {
            var need = random.need(now);
            var howMany = need.howManyToAsk(CalloutSelector.DEFAULT_FACTOR);
            var expected = bruteForce.select(need, howMany, now);
            assertThat(indexed.select(need, howMany, now))
                    .as("need %d %s", i, need)
                    .isEqualTo(expected);
            if (!expected.toAsk().isEmpty()) {
                nonEmpty++;
            }
            for (var id : expected.toAsk()) {
                if (random.nextInt(2) == 0) {
                    indexed.recordAsk(id, now);
                    all.put(id, all.get(id).withAsk(now));
                    asked++;
                }
            }
            if (random.nextInt(10) == 0) {
                var changed = random.candidate(random.pick(ids), now);
                indexed.update(changed);
                all.put(changed.volunteerId(), changed);
            }
            now = random.later(now);
        }
        assertThat(nonEmpty).as("needs with someone to ask").isGreaterThan(500);
        assertThat(asked).as("asks recorded in between").isGreaterThan(1_000);
        ids.forEach(id -> assertThat(indexed.candidate(id)).isEqualTo(all.get(id)));
    }
}
