package se.samverka.callout;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.samverka.volunteer.Volunteers;

/**
 * Load client for a whole call-out wave with the database: seeds 100,000 volunteers over Ekerö's districts
 * into PostgreSQL (COPY), then times {@link Callouts#start} for random needs, that is the first wave with
 * loading volunteers and their asks, selecting, and writing asks, skips, ledger rows and events. The database
 * is wiped first (Flyway clean, as every test run does). Run with {@code ./mvnw -B -Pbench test}
 * (see docs/performance.md); it is not part of the normal build.
 */
@SpringBootTest(properties = {"db-scheduler.enabled=false", "samverka.notification.deliver=false"})
@ActiveProfiles("test")
class CalloutWaveBenchmark {

    static final long SEED = Long.getLong("bench.seed", 20261130L);
    static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 100_000);
    static final int NEEDS = Integer.getInteger("bench.needs", 200);
    static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    static final String DB = System.getProperty(
            "bench.db",
            System.getenv().getOrDefault("SAMVERKA_TEST_DB_URL", "jdbc:postgresql://localhost:5432/samverka_bench"));
    static final Duration LONGEST_WINDOW = Duration.ofDays(31);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DB);
    }

    /** Effort needs have no target in the app yet; a wave never calls the target, only a yes does. */
    @TestConfiguration
    static class Targets {

        /** A clock the benchmark moves, so that the reference selection sees the very instant of the wave. */
        @Bean
        @org.springframework.context.annotation.Primary
        se.samverka.MutableClock benchClock() {
            return new se.samverka.MutableClock(
                    Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    java.time.ZoneId.of("Europe/Stockholm"));
        }

        @Bean
        @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
        CalloutTarget benchEffortNeeds() {
            return new CalloutTarget() {

                @Override
                public SubjectType subjectType() {
                    return SubjectType.EFFORT_NEED;
                }

                @Override
                public boolean fill(UUID subjectId, UUID volunteerId) {
                    return false;
                }

                @Override
                public boolean isOpen(UUID subjectId) {
                    return true;
                }

                @Override
                public String coordinatorPath(UUID subjectId) {
                    return "/";
                }
            };
        }
    }

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    Volunteers volunteers;

    @Autowired
    ContactLedger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    se.samverka.MutableClock clock;

    @Autowired
    CalloutProperties properties;

    @Autowired
    CandidatePool pool;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    se.samverka.safeguarding.Safeguarding safeguarding;

    /** Checks every n-th call-out's two waves against the brute-force reference (which loads as waves did). */
    static final int VERIFY_EVERY = Integer.getInteger("bench.verifyEvery", 1);

    @Test
    void waveLatency() throws Exception {
        System.out.printf(
                "Call-out wave benchmark: %,d volunteers, %,d needs (+%d warm-up), seed %d, java %s on %d "
                        + "cores, database %s%n",
                VOLUNTEERS,
                NEEDS,
                WARMUP,
                SEED,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                DB);
        System.out.println("PostgreSQL: "
                + jdbc.sql("SELECT version()").query(String.class).single());
        var now = clock.instant();
        var random = new RandomVolunteers(SEED);
        var start = System.nanoTime();
        var seeded = seed(random, now);
        System.out.printf("Seeded in %d ms: %s%n", millis(start), seeded);

        var build = System.nanoTime();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            ledger.lockForAsking();
            pool.current(clock.instant());
        });
        System.out.printf("Candidate index built in %d ms (once; then kept current)%n", millis(build));

        var needs = new ArrayList<Need>();
        var urgencies = new ArrayList<Urgency>();
        for (int i = 0; i < WARMUP + NEEDS; i++) {
            needs.add(random.need(now));
            urgencies.add(random.pick(List.of(Urgency.values())));
        }

        // 1. Whole waves: Callouts.start (the first wave), then Callouts.runWave (the second), one transaction
        // each, as the coordinator's button and the scheduled job do. Before each, outside the timing, the
        // reference: the brute-force selection over volunteers loaded from the database as a wave did before.
        var waves = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var laterWaves = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var asked = 0;
        var verified = 0;
        for (int i = 0; i < needs.size(); i++) {
            clock.set(clock.instant().plusSeconds(7));
            var need = needs.get(i);
            var size = need.peopleNeeded() * properties.waveSize(urgencies.get(i));
            var limit = need.peopleNeeded() * properties.factor();
            var check = VERIFY_EVERY > 0 && i % VERIFY_EVERY == 0;
            var expected = check ? reference(need, Math.min(size, limit), Set.of()) : null;
            var t = System.nanoTime();
            var id = callouts.start(new Callouts.Start(
                    SubjectType.EFFORT_NEED, UUID.randomUUID(), "Bench " + i, need, urgencies.get(i), null, "bench"));
            var took = System.nanoTime() - t;
            verified += verify(expected, id, 1);
            clock.set(clock.instant().plusSeconds(7));
            var before = calloutQueries.asks(id).stream()
                    .map(CalloutAsk::volunteerId)
                    .collect(java.util.stream.Collectors.toSet());
            var left = limit - before.size();
            var expectedLater = check && left > 0 ? reference(need, Math.min(size, left), before) : null;
            var t2 = System.nanoTime();
            callouts.runWave(id);
            var tookLater = System.nanoTime() - t2;
            verified += verify(expectedLater, id, 2);
            if (i >= WARMUP) {
                waves.recordValue(took);
                if (left > 0) {
                    laterWaves.recordValue(tookLater);
                }
                asked += calloutQueries.asks(id).size();
            }
        }
        if (VERIFY_EVERY > 0) {
            System.out.printf(
                    "All %,d waves asked exactly the volunteers, and stored exactly the skip counts per reason, of "
                            + "the brute-force selection over volunteers loaded from the database%n",
                    verified);
        }
        var skips = jdbc.sql("SELECT COALESCE(SUM(skipped), 0) FROM callout_wave_skip")
                .query(Long.class)
                .single();
        var skipRows = jdbc.sql("SELECT COUNT(*) FROM callout_wave_skip")
                .query(Long.class)
                .single();
        var events = jdbc.sql("SELECT COUNT(*) FROM event_publication")
                .query(Long.class)
                .single();
        var counted = jdbc.sql("SELECT COALESCE(SUM(skipped_other), 0) FROM callout_wave")
                .query(Long.class)
                .single();
        if (counted.longValue() != skips.longValue()) {
            throw new AssertionError(
                    "The waves counted " + counted + " skipped volunteers but " + skips + " per reason");
        }
        var waveCount =
                jdbc.sql("SELECT COUNT(*) FROM callout_wave").query(Long.class).single();
        System.out.printf(
                "Callouts.start (first wave, end to end): %,d call-outs measured after %d warm-up; "
                        + "%,d asks in all; %,d waves skipped %,d volunteers (%,d per wave), kept in %,d rows of counts "
                        + "per reason; %,d event publications left%n",
                waves.getTotalCount(),
                WARMUP,
                asked,
                waveCount,
                skips,
                skips / Math.max(1, waveCount),
                skipRows,
                events);
        print(waves);
        System.out.printf("Callouts.runWave (a later wave, end to end): %,d waves%n", laterWaves.getTotalCount());
        print(laterWaves);

        if (!Boolean.getBoolean("bench.loadPart")) {
            return;
        }
        // 2. The same needs again, read only: the load part of a wave, then the selection in memory.
        var load = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var offering = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var asks = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var select = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var loaded = 0L;
        var sink = 0L;
        for (int i = 0; i < needs.size(); i++) {
            var need = needs.get(i);
            var ring = ring(need.districtId());
            var t0 = System.nanoTime();
            var profiles = volunteers.offering(need.kind(), ring);
            var t1 = System.nanoTime();
            var ids = profiles.stream().map(p -> p.id()).toList();
            var recent = ledger.asksSince(ids, clock.instant().minus(LONGEST_WINDOW));
            var t2 = System.nanoTime();
            var candidates = profiles.stream()
                    .map(p -> Candidate.of(p, recent.getOrDefault(p.id(), List.of())))
                    .toList();
            var selection = new CalloutSelector(candidates, RandomVolunteers.EKERO, clock.getZone())
                    .select(need, need.peopleNeeded() * 3, clock.instant());
            var t3 = System.nanoTime();
            if (i >= WARMUP) {
                offering.recordValue(t1 - t0);
                asks.recordValue(t2 - t1);
                load.recordValue(t2 - t0);
                select.recordValue(t3 - t2);
                loaded += profiles.size();
                sink += selection.toAsk().size();
            }
        }
        System.out.printf(
                "Load part alone (same needs, outside a wave): %,d volunteers loaded per need on average "
                        + "(for 3 times the people needed the selections ask %,d in all)%n",
                loaded / NEEDS, sink);
        System.out.println(" volunteers.offering(kind, ring):");
        print(offering);
        System.out.println(" ledger.asksSince(ids, now - 31 days):");
        print(asks);
        System.out.println(" both (the load part):");
        print(load);
        System.out.println(" new CalloutSelector(candidates) + select (in memory):");
        print(select);

        // 3. Which query: the statements of VolunteerQueries.offering one by one, for the same needs.
        breakdown(needs.subList(WARMUP, needs.size()));
        explain(needs.get(WARMUP));
    }

    /** The brute-force selection over the volunteers a wave loaded from the database before the index. */
    private Selection reference(Need need, int size, Set<UUID> askedBefore) {
        var now = clock.instant();
        var profiles = volunteers.offering(need.kind(), ring(need.districtId())).stream()
                .filter(p -> !askedBefore.contains(p.id()))
                .toList();
        var ids = profiles.stream().map(p -> p.id()).toList();
        var recent = ledger.asksSince(ids, now.minus(LONGEST_WINDOW));
        var levels = new java.util.HashMap<UUID, Integer>();
        for (int from = 0; from < ids.size(); from += 1000) {
            levels.putAll(safeguarding.levelsOf(ids.subList(from, Math.min(ids.size(), from + 1000)), now));
        }
        var candidates = profiles.stream()
                .map(p -> Candidate.of(p, recent.getOrDefault(p.id(), List.of()), levels.getOrDefault(p.id(), 0)))
                .toList();
        return new BruteForceSelector(candidates, RandomVolunteers.EKERO, clock.getZone()).select(need, size, now);
    }

    /** Throws unless the wave asked exactly the reference's volunteers and stored its skip counts; returns 1. */
    private int verify(Selection expected, UUID calloutId, int wave) {
        if (expected == null) {
            return 0;
        }
        var asked = calloutQueries.asks(calloutId).stream()
                .filter(a -> a.wave() == wave)
                .map(CalloutAsk::volunteerId)
                .collect(java.util.stream.Collectors.toSet());
        var counts = new java.util.EnumMap<SkipReason, Integer>(SkipReason.class);
        jdbc.sql("SELECT reason, skipped FROM callout_wave_skip WHERE callout_id = ? AND wave = ?")
                .params(calloutId, wave)
                .query(rs -> {
                    counts.put(SkipReason.valueOf(rs.getString(1)), rs.getInt(2));
                });
        if (!asked.equals(Set.copyOf(expected.toAsk())) || !counts.equals(expected.skipped())) {
            throw new AssertionError("Wave " + wave + " of call-out " + calloutId + " asked " + asked + " skipping "
                    + counts + "; the brute-force selection asks " + expected.toAsk() + " skipping "
                    + expected.skipped());
        }
        return 1;
    }

    private static Set<String> ring(String districtId) {
        var ring = new HashSet<>(RandomVolunteers.EKERO.get(districtId));
        ring.add(districtId);
        return ring;
    }

    /** Seeds accounts, volunteers, their districts, kinds and languages, and the contact ledger, with COPY. */
    private String seed(RandomVolunteers random, Instant now) throws Exception {
        var accounts = new StringBuilder();
        var volunteerRows = new StringBuilder();
        var districtRows = new StringBuilder();
        var kindRows = new StringBuilder();
        var languageRows = new StringBuilder();
        var contactRows = new StringBuilder();
        var created = now.minus(Duration.ofDays(200)).toString();
        var contacts = 0;
        var recentAsks = 0;
        var confirmed = 0;
        for (int i = 0; i < VOLUNTEERS; i++) {
            var id = new UUID(0x5eed_0000_0000_0000L | i, random.nextInt(Integer.MAX_VALUE));
            var accountId = new UUID(0xacc0_0000_0000_0000L | i, random.nextInt(Integer.MAX_VALUE));
            var c = random.candidate(id, now);
            var email = "bench" + i + "@example.org";
            // on the account and, as the volunteer module keeps it, on the volunteer
            var locale = random.nextInt(10) < 8 ? "sv" : "en";
            accounts.append(accountId)
                    .append(',')
                    .append(email)
                    .append(",VOLUNTEER,Volontär ")
                    .append(i)
                    .append(',')
                    .append(locale)
                    .append(",true,")
                    .append(created)
                    .append('\n');
            var isConfirmed = random.nextInt(100) < 97;
            confirmed += isConfirmed ? 1 : 0;
            var sms = random.nextInt(10) < 2;
            var a = c.availability();
            var q = c.quietHours();
            volunteerRows
                    .append(id)
                    .append(',')
                    .append(accountId)
                    .append(",Volontär ")
                    .append(i)
                    .append(',')
                    .append(email)
                    .append(",+4670")
                    .append(String.format("%07d", i))
                    .append(',')
                    .append(random.nextInt(3) == 0)
                    .append(',')
                    .append(a.weekdayDaytime())
                    .append(',')
                    .append(a.weekdayEvening())
                    .append(',')
                    .append(a.weekendDaytime())
                    .append(',')
                    .append(a.weekendEvening())
                    .append(',')
                    .append(c.askFrequency().name())
                    .append(',')
                    .append(c.pausedUntil() == null ? "" : c.pausedUntil().toString())
                    .append(",2026-01,")
                    .append(created)
                    .append(',')
                    .append(isConfirmed ? created : "")
                    .append(',')
                    .append(sms ? "SMS" : "EMAIL")
                    .append(',')
                    .append(q == null ? "" : q.from().toString())
                    .append(',')
                    .append(q == null ? "" : q.to().toString())
                    .append(',')
                    .append(random.nextInt(10) == 0)
                    .append(',')
                    .append(created)
                    .append(',')
                    .append(locale)
                    .append('\n');
            for (var d : c.districtIds()) {
                districtRows.append(id).append(',').append(d).append('\n');
            }
            for (var k : c.kinds()) {
                kindRows.append(id).append(',').append(k.name()).append('\n');
            }
            for (var l : c.languages()) {
                languageRows.append(id).append(',').append(l).append('\n');
            }
            // 0-3 asks in the last 60 days (about half of them within the budget windows), each answered
            // with a yes or no half of the time, as the ledger of a municipality that has used call-outs a while
            for (var at : c.recentAsks()) {
                var ref = UUID.randomUUID();
                contactRows
                        .append(UUID.randomUUID())
                        .append(',')
                        .append(id)
                        .append(',')
                        .append(at)
                        .append(",ASK,EMAIL,CALLOUT,")
                        .append(ref)
                        .append('\n');
                contacts++;
                recentAsks += at.isAfter(now.minus(Duration.ofDays(30))) ? 1 : 0;
                if (random.nextInt(2) == 0) {
                    contactRows
                            .append(UUID.randomUUID())
                            .append(',')
                            .append(id)
                            .append(',')
                            .append(at.plus(Duration.ofMinutes(1 + random.nextInt(600))))
                            .append(',')
                            .append(random.nextInt(3) == 0 ? "YES" : "NO")
                            .append(",EMAIL,CALLOUT,")
                            .append(ref)
                            .append('\n');
                    contacts++;
                }
            }
        }
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "COPY account (id, username, role, display_name, locale, enabled, created_at) FROM STDIN "
                            + "(FORMAT csv)",
                    new StringReader(accounts.toString()));
            copy.copyIn(
                    "COPY volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, "
                            + "weekday_evening, weekend_daytime, weekend_evening, ask_frequency, paused_until, "
                            + "privacy_notice_version, consented_at, email_confirmed_at, contact_channel, quiet_from, quiet_to, "
                            + "digest_opt_in, created_at, locale) FROM STDIN (FORMAT csv)",
                    new StringReader(volunteerRows.toString()));
            copy.copyIn(
                    "COPY volunteer_district (volunteer_id, district_id) FROM STDIN (FORMAT csv)",
                    new StringReader(districtRows.toString()));
            copy.copyIn(
                    "COPY volunteer_help_kind (volunteer_id, kind) FROM STDIN (FORMAT csv)",
                    new StringReader(kindRows.toString()));
            copy.copyIn(
                    "COPY volunteer_language (volunteer_id, language) FROM STDIN (FORMAT csv)",
                    new StringReader(languageRows.toString()));
            copy.copyIn(
                    "COPY contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id) FROM STDIN "
                            + "(FORMAT csv)",
                    new StringReader(contactRows.toString()));
            try (var statement = connection.createStatement()) {
                // as autovacuum would after such a load; without statistics the planner guesses
                statement.execute("ANALYZE");
            }
        }
        return String.format(
                "%,d volunteers (%,d confirmed), %,d district rows, %,d kind rows, %,d language rows, "
                        + "%,d contact_log rows (%,d asks in the last 30 days)",
                VOLUNTEERS,
                confirmed,
                count("volunteer_district"),
                count("volunteer_help_kind"),
                count("volunteer_language"),
                contacts,
                recentAsks);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** The statements VolunteerQueries.offering and ContactLedger.asksSince send, timed one kind at a time. */
    private void breakdown(List<Need> needs) {
        var main = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var children = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        var chunks = 0L;
        for (var need : needs) {
            var t0 = System.nanoTime();
            var ids = jdbc.sql(MAIN)
                    .param("kind", need.kind().name())
                    .param("districts", ring(need.districtId()))
                    .query(UUID.class)
                    .list();
            var t1 = System.nanoTime();
            for (var table : List.of(
                    "volunteer_district d, d.district_id",
                    "volunteer_help_kind d, d.kind",
                    "volunteer_language d, d.language")) {
                var parts = table.split(", ");
                for (int from = 0; from < ids.size(); from += 1000) {
                    var chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
                    jdbc.sql("SELECT d.volunteer_id, " + parts[1] + " FROM " + parts[0]
                                    + " WHERE d.volunteer_id IN (:ids)")
                            .param("ids", chunk)
                            .query((rs, n) -> rs.getString(2))
                            .list();
                    chunks++;
                }
            }
            var t2 = System.nanoTime();
            main.recordValue(t1 - t0);
            children.recordValue(t2 - t1);
        }
        System.out.println("Which query (the statements of VolunteerQueries.offering, same needs):");
        System.out.println(" the volunteer query (kind and ring in EXISTS, all profile columns):");
        print(main);
        System.out.printf(
                " districts, kinds and languages by IN lists of 1,000 ids (%,d statements per need):%n",
                chunks / needs.size());
        print(children);
    }

    private static final String MAIN = """
			SELECT v.id FROM volunteer v
			WHERE v.email_confirmed_at IS NOT NULL
			  AND EXISTS (SELECT 1 FROM volunteer_help_kind k WHERE k.volunteer_id = v.id AND k.kind = :kind)
			  AND EXISTS (SELECT 1 FROM volunteer_district d WHERE d.volunteer_id = v.id AND d.district_id IN (:districts))
			""";

    private void explain(Need need) {
        var districts = ring(need.districtId()).stream()
                .map(d -> "'" + d + "'")
                .reduce((x, y) -> x + "," + y)
                .orElseThrow();
        System.out.println(
                "EXPLAIN ANALYZE of the volunteer query for " + need.kind() + " around " + need.districtId() + ":");
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) "
                        + MAIN.replace(":kind", "'" + need.kind().name() + "'").replace(":districts", districts))
                .query(String.class)
                .list()
                .forEach(l -> System.out.println("  " + l));
        var ids = jdbc.sql(MAIN)
                .param("kind", need.kind().name())
                .param("districts", ring(need.districtId()))
                .query(UUID.class)
                .list();
        var sample = ids.subList(0, Math.min(1000, ids.size())).stream()
                .map(id -> "'" + id + "'::uuid")
                .reduce((x, y) -> x + "," + y)
                .orElse("NULL");
        System.out.println("EXPLAIN ANALYZE of one asksSince chunk (1,000 ids):");
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) SELECT volunteer_id, happened_at FROM contact_log WHERE entry = 'ASK' "
                        + "AND happened_at >= now() - interval '31 days' AND volunteer_id IN (" + sample + ") "
                        + "ORDER BY happened_at DESC")
                .query(String.class)
                .list()
                .forEach(l -> System.out.println("  " + (l.length() > 140 ? l.substring(0, 140) + " ..." : l)));
    }

    private static void print(Histogram histogram) {
        for (var p : new double[] {50, 90, 99, 100}) {
            System.out.printf(
                    "  %-6s %10.3f ms%n",
                    p == 100 ? "max" : "p" + (long) p, histogram.getValueAtPercentile(p) / 1_000_000.0);
        }
        System.out.printf("  mean   %10.3f ms%n", histogram.getMean() / 1_000_000.0);
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
