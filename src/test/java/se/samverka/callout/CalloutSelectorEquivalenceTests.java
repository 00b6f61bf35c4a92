package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalloutSelectorEquivalenceTests {

    @Test
    void indexedSelectionEqualsBruteForceOnThousandRandomNeedsWithAsksInBetween() {
        indexedEqualsBruteForce(Allowance.EVERYDAY);
    }

    @Test
    void indexedSelectionEqualsBruteForceWhileACrisisRaisesTheBudgets() {
        indexedEqualsBruteForce(Allowance.crisis(2));
    }

    private void indexedEqualsBruteForce(Allowance allowance) {
        var random = new RandomVolunteers(20261130L);
        var now = Instant.parse("2026-11-30T07:00:00Z");
        var all = new LinkedHashMap<UUID, Candidate>();
        random.candidates(10_000, now).forEach(c -> all.put(c.volunteerId(), c));
        var indexed = new CalloutSelector(all.values(), RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM);
        indexed.allow(allowance);
        var bruteForce =
                new BruteForceSelector(all.values(), RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM, allowance);
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

    @Test
    void waveSelectionEqualsBruteForceOverWhatAWaveLoadedWithEarlierAsksLeftOutAndWidened() {
        var random = new RandomVolunteers(20261207L);
        var now = Instant.parse("2026-12-07T09:00:00Z");
        var all = new LinkedHashMap<UUID, Candidate>();
        random.candidates(10_000, now).forEach(c -> all.put(c.volunteerId(), c));
        var indexed = new CalloutSelector(all.values(), RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM);
        var widenedOnce = 0;
        var excludedOnce = 0;
        for (int i = 0; i < 300; i++) {
            var need = random.need(now);
            var widened = random.nextInt(4) == 0;
            var neighbours = new HashMap<>(RandomVolunteers.EKERO);
            if (widened) {
                var others = new HashSet<>(RandomVolunteers.DISTRICTS);
                others.remove(need.districtId());
                neighbours.put(need.districtId(), others);
            }
            var ring = new HashSet<>(neighbours.get(need.districtId()));
            ring.add(need.districtId());
            // what a wave loaded: confirmed volunteers nearby who offer the kind, minus those asked before
            var loaded = all.values().stream()
                    .filter(c -> c.kinds().contains(need.kind()))
                    .filter(c -> c.districtIds().stream().anyMatch(ring::contains))
                    .toList();
            var exclude = new HashSet<UUID>();
            loaded.stream().filter(c -> random.nextInt(20) == 0).forEach(c -> exclude.add(c.volunteerId()));
            var remaining = loaded.stream()
                    .filter(c -> !exclude.contains(c.volunteerId()))
                    .toList();
            var howMany = 1 + random.nextInt(9);
            var expected = new BruteForceSelector(remaining, neighbours, RandomVolunteers.STOCKHOLM)
                    .select(need, howMany, now);

            assertThat(indexed.selectForWave(need, howMany, now, exclude, widened))
                    .as("need %d %s, widened %s", i, need, widened)
                    .isEqualTo(expected);
            var localNow = now.atZone(RandomVolunteers.STOCKHOLM).toLocalTime();
            var reasons = new HashMap<UUID, SkipReason>();
            for (var c : remaining) {
                var reason = CalloutRules.check(c, need, neighbours.get(need.districtId()), now, localNow);
                if (reason != null) {
                    reasons.put(c.volunteerId(), reason);
                }
            }
            assertThat(indexed.skipReasons(need, now, exclude, widened)).isEqualTo(reasons);

            widenedOnce += widened && !expected.toAsk().isEmpty() ? 1 : 0;
            excludedOnce += exclude.isEmpty() ? 0 : 1;
            for (var id : expected.toAsk()) {
                indexed.recordAsk(id, now);
                all.put(id, all.get(id).withAsk(now));
            }
            now = random.later(now);
        }
        assertThat(widenedOnce).isGreaterThan(20);
        assertThat(excludedOnce).isGreaterThan(200);
    }

    @Test
    void theRankedListOfSuggestionsGivesTheCallOutsEligibleVolunteersInItsOrderOnThousandRandomNeeds() {
        // the one rule set: the coordinator's ranked list (suggestions, hand-picked call-outs) is the wave's walk
        var random = new RandomVolunteers(20261208L);
        var now = Instant.parse("2026-12-08T06:30:00Z");
        var all = new LinkedHashMap<UUID, Candidate>();
        random.candidates(10_000, now).forEach(c -> all.put(c.volunteerId(), c));
        var indexed = new CalloutSelector(all.values(), RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM);
        var withEligible = 0;
        var quietHoursSeen = 0;
        var budgetSeen = 0;
        for (int i = 0; i < 1_000; i++) {
            var need = random.need(now);
            var neighbourIds = RandomVolunteers.EKERO.get(need.districtId());
            var localNow = now.atZone(RandomVolunteers.STOCKHOLM).toLocalTime();
            var ranked = indexed.ranked(need, now);

            var expected = new BruteForceSelector(all.values(), RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM)
                    .select(need, Integer.MAX_VALUE, now);
            assertThat(ranked.stream()
                            .filter(RankedVolunteer::eligible)
                            .map(RankedVolunteer::volunteerId)
                            .toList())
                    .as("need %d %s", i, need)
                    .isEqualTo(expected.toAsk());
            var near = all.values().stream()
                    .filter(c -> c.kinds().contains(need.kind()))
                    .filter(c -> CalloutRules.inRing(c, need.districtId(), neighbourIds))
                    .map(Candidate::volunteerId)
                    .collect(java.util.stream.Collectors.toSet());
            // each volunteer near once, and no one else (containsExactlyInAnyOrderElementsOf, which compares every
            // pair: quadratic in the thousands of volunteers near, a thousand times)
            var rankedIds = ranked.stream().map(RankedVolunteer::volunteerId).toList();
            assertThat(new HashSet<>(rankedIds))
                    .as("need %d %s: the volunteers ranked, each once", i, need)
                    .hasSize(rankedIds.size())
                    .isEqualTo(near);
            // every volunteer's reason, district and last ask as the rules give them; one assertion per need
            // instead of three per volunteer
            var wrong = new ArrayList<String>();
            for (var r : ranked) {
                var c = all.get(r.volunteerId());
                var reason = CalloutRules.check(c, need, neighbourIds, now, localNow);
                if (!Objects.equals(r.reason(), reason)) {
                    wrong.add(r.volunteerId() + " reason " + r.reason() + ", expected " + reason);
                }
                if (r.sameDistrict() != c.districtIds().contains(need.districtId())) {
                    wrong.add(r.volunteerId() + " sameDistrict " + r.sameDistrict());
                }
                if (!Objects.equals(r.lastAskedAt(), c.lastAskedAt())) {
                    wrong.add(r.volunteerId() + " lastAskedAt " + r.lastAskedAt() + ", expected " + c.lastAskedAt());
                }
                quietHoursSeen += r.reason() == SkipReason.QUIET_HOURS ? 1 : 0;
                budgetSeen += r.reason() == SkipReason.BUDGET_USED ? 1 : 0;
            }
            assertThat(wrong).as("need %d %s", i, need).isEmpty();
            withEligible += expected.toAsk().isEmpty() ? 0 : 1;
            for (var id : expected.toAsk().stream().limit(3).toList()) {
                if (random.nextInt(2) == 0) {
                    indexed.recordAsk(id, now);
                    all.put(id, all.get(id).withAsk(now));
                }
            }
            now = random.later(now);
        }
        assertThat(withEligible).as("needs with someone to ask").isGreaterThan(500);
        assertThat(quietHoursSeen).as("held back by quiet hours").isPositive();
        assertThat(budgetSeen).as("held back by their budget").isPositive();
    }
}
