package se.samverka.callout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.Availability;
import se.samverka.volunteer.QuietHours;

/** Random volunteers and needs over Ekerö's districts, repeatable from a seed. Used by tests and bench/. */
final class RandomVolunteers {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    /** As in V3__ekero_districts.sql: roads, bridges and ferries. */
    static final Map<String, Set<String>> EKERO = Map.of(
            "ekero-centrum",
            Set.of("trakvista", "lovo-drottningholm", "ska"),
            "trakvista",
            Set.of("ekero-centrum", "ska", "lovo-drottningholm"),
            "stenhamra",
            Set.of("ska", "farentuna"),
            "farentuna",
            Set.of("stenhamra", "sanga"),
            "ska",
            Set.of("ekero-centrum", "trakvista", "stenhamra", "munso"),
            "sanga",
            Set.of("farentuna", "munso"),
            "munso",
            Set.of("ska", "sanga", "adelso"),
            "adelso",
            Set.of("munso"),
            "lovo-drottningholm",
            Set.of("ekero-centrum", "trakvista"));

    static final List<String> DISTRICTS = EKERO.keySet().stream().sorted().toList();

    private final Random random;

    RandomVolunteers(long seed) {
        this.random = new Random(seed);
    }

    List<Candidate> candidates(int count, Instant now) {
        var result = new ArrayList<Candidate>(count);
        for (int i = 0; i < count; i++) {
            result.add(candidate(now));
        }
        return result;
    }

    Candidate candidate(Instant now) {
        var id = new UUID(random.nextLong(), random.nextLong());
        return candidate(id, now);
    }

    Candidate candidate(UUID id, Instant now) {
        var districts = new HashSet<String>();
        districts.add(pick(DISTRICTS));
        if (random.nextInt(5) == 0) {
            districts.add(pick(DISTRICTS));
        }
        var kinds = new java.util.TreeSet<HelpKind>();
        for (var kind : HelpKind.BUILT_IN) {
            if (random.nextInt(10) < 4) {
                kinds.add(kind);
            }
        }
        var languages = new HashSet<String>();
        for (var code : Language.CODES) {
            if (random.nextInt(100) < (code.equals("sv") ? 95 : code.equals("en") ? 50 : 8)) {
                languages.add(code);
            }
        }
        var availability = new Availability(chance(60), chance(50), chance(40), chance(40));
        var frequency = pick(List.of(AskFrequency.values()));
        var today = LocalDate.ofInstant(now, STOCKHOLM);
        var pausedUntil = chance(10) ? today.plusDays(random.nextInt(30) - 5) : null;
        var asks = new ArrayList<Instant>();
        var askCount = random.nextInt(4);
        for (int i = 0; i < askCount; i++) {
            // Whole hours, so several volunteers share a last ask and the id decides.
            asks.add(now.minus(Duration.ofHours(random.nextInt(60 * 24))).truncatedTo(ChronoUnit.HOURS));
        }
        var level = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 7 ? 1 : 2;
        return new Candidate(
                id, districts, kinds, languages, availability, frequency, pausedUntil, quietHours(), asks, level);
    }

    Need need(Instant now) {
        var today = LocalDate.ofInstant(now, STOCKHOLM);
        var from = LocalTime.of(8 + random.nextInt(13), random.nextInt(4) * 15);
        String language = chance(30) ? pick(List.of("sv", "en", "fi", "ar", "so")) : null;
        return new Need(
                pick(HelpKind.BUILT_IN),
                pick(DISTRICTS),
                today.plusDays(random.nextInt(15)),
                from,
                from.plusHours(1),
                language,
                1 + random.nextInt(3),
                random.nextInt(3));
    }

    /** A later instant, minutes to days on, so budgets run out and quiet hours begin and end. */
    Instant later(Instant now) {
        return now.plus(Duration.ofMinutes(1 + random.nextInt(24 * 60)));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private QuietHours quietHours() {
        var roll = random.nextInt(10);
        if (roll < 5) {
            return new QuietHours(LocalTime.of(19 + random.nextInt(5), 0), LocalTime.of(6 + random.nextInt(4), 30));
        }
        if (roll == 5) {
            return new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        }
        return null;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }
}
