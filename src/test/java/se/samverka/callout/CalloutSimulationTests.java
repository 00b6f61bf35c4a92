package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.AopTestUtils;
import se.samverka.IntegrationTest;
import se.samverka.MutableClock;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.AskFrequency;

/**
 * A simulated month of call-outs against the real database and the real {@link Callouts}: 1,000 volunteers
 * with their own budgets, quiet hours and pauses, 100 needs at all times of day, waves run when due and
 * answers coming in minutes to hours later. Afterwards every contact rule is checked from the tables with
 * this test's own arithmetic, not with the production rules.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "db-scheduler.enabled=false",
            "spring.datasource.hikari.maximum-pool-size=5",
            "samverka.notification.deliver=false"
        })
@Import(CalloutSimulationTests.SimulationConfig.class)
// Why @DirtiesContext: this class's settings make a context that no other class shares; closing it after the class
// frees its connection pool and threads instead of keeping them in the context cache for nobody.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CalloutSimulationTests {

    private static final Logger log = LoggerFactory.getLogger(CalloutSimulationTests.class);
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** March 2027: the clocks go forward on the 28th, so quiet hours are checked across a DST change. */
    static final ZonedDateTime MONTH_START = ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, STOCKHOLM);

    static final long SEED = 20270301L;
    static final int VOLUNTEERS = 1000;
    static final int NEEDS = 100;
    static final int FACTOR = 3;
    static final Duration STEP = Duration.ofMinutes(15);

    /** The budgets as the issue states them, written down here on purpose instead of read from the enum. */
    static final Map<AskFrequency, Integer> MAX_ASKS = Map.of(
            AskFrequency.ONCE_A_WEEK,
            1,
            AskFrequency.TWICE_A_MONTH,
            2,
            AskFrequency.ONCE_A_MONTH,
            1,
            AskFrequency.ONLY_IN_CRISIS,
            0);

    static final Map<AskFrequency, Duration> WINDOW = Map.of(
            AskFrequency.ONCE_A_WEEK,
            Duration.ofDays(7),
            AskFrequency.TWICE_A_MONTH,
            Duration.ofDays(30),
            AskFrequency.ONCE_A_MONTH,
            Duration.ofDays(30),
            AskFrequency.ONLY_IN_CRISIS,
            Duration.ofDays(30));
    static final Map<Urgency, Integer> WAVE_SIZE = Map.of(Urgency.URGENT, 3, Urgency.SOON, 2, Urgency.PLANNED, 1);
    static final Map<Urgency, Duration> INTERVAL = Map.of(
            Urgency.URGENT,
            Duration.ofMinutes(15),
            Urgency.SOON,
            Duration.ofHours(1),
            Urgency.PLANNED,
            Duration.ofHours(4));

    @TestConfiguration(proxyBeanMethods = false)
    static class SimulationConfig {

        @Bean
        @Primary
        MutableClock simulationClock() {
            return new MutableClock(MONTH_START.toInstant(), STOCKHOLM);
        }

        @Bean
        @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
        SimulatedNeeds simulatedNeeds() {
            return new SimulatedNeeds();
        }
    }

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutAnswers calloutAnswers;

    @Autowired
    MutableClock clock;

    @Autowired
    SimulatedNeeds needsTarget;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    Clock injectedClock;

    // ---- the simulated world -------------------------------------------------------------------------------

    record Volunteer(
            UUID id,
            int index,
            Set<String> districts,
            Set<HelpKind> kinds,
            Set<String> languages,
            boolean weekdayDay,
            boolean weekdayEvening,
            boolean weekendDay,
            boolean weekendEvening,
            AskFrequency frequency,
            LocalTime quietFrom,
            LocalTime quietTo,
            boolean sms) {}

    record SimNeed(
            int index,
            UUID subjectId,
            HelpKind kind,
            String districtId,
            Urgency urgency,
            int people,
            String language,
            Instant startAt,
            LocalDate date,
            LocalTime from) {

        Instant startsAt() {
            return ZonedDateTime.of(date, from, STOCKHOLM).toInstant();
        }
    }

    /** A volunteer's pause from an instant on: paused for needs on days before {@code until}, or none. */
    record PauseChange(Instant from, LocalDate until) {}

    enum Kind {
        START,
        ANSWER,
        TICK,
        PAUSE
    }

    record Event(Instant at, long seq, Kind kind, SimNeed need, UUID askId, boolean yes) {}

    record SimAnswer(Instant at, boolean yes, AnswerResult result) {}

    private final Map<String, Set<String>> graph = new HashMap<>();
    private final List<Volunteer> volunteers = new ArrayList<>();
    private final Map<UUID, Volunteer> byId = new HashMap<>();
    private final Map<UUID, List<PauseChange>> pauses = new HashMap<>();
    private final List<SimNeed> needs = new ArrayList<>();
    private final Map<UUID, SimNeed> needByCallout = new HashMap<>();
    private final Map<UUID, SimAnswer> answers = new HashMap<>();
    private final Map<UUID, UUID> askCallout = new HashMap<>();
    private final PriorityQueue<Event> queue =
            new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingLong(Event::seq));
    private long seq;
    /** Active call-outs and their latest wave, read back after every action on them. */
    private final Map<UUID, Instant> active = new HashMap<>();

    private final Map<Kind, Long> nanos = new EnumMap<>(Kind.class);
    private Instant lastAction = Instant.EPOCH;
    private Random random;

    @Test
    void aSimulatedMonthKeepsEveryContactRule() {
        assertThat(injectedClock).as("the simulated clock is the one beans get").isSameAs(clock);
        var service = AopTestUtils.<Callouts>getTargetObject(callouts);
        assertThat(service).extracting("clock").isSameAs(clock);
        assertThat(service)
                .extracting("targets")
                .extracting("targets")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry(SubjectType.EFFORT_NEED, needsTarget);
        random = new Random(SEED);
        var started = System.nanoTime();
        createDistricts();
        createVolunteers();
        createNeeds();
        var setUp = System.nanoTime();
        simulate();
        var simulated = System.nanoTime();
        check();
        log.info(
                "Simulation timings: setup {} ms, month {} ms, checks {} ms",
                (setUp - started) / 1_000_000,
                (simulated - setUp) / 1_000_000,
                (System.nanoTime() - simulated) / 1_000_000);
    }

    // ---- setup ---------------------------------------------------------------------------------------------

    private void createDistricts() {
        // a ring of eight with two chords: every district has two to three neighbours
        var run = UUID.randomUUID().toString().substring(0, 8);
        var names = List.of("Norr", "Nordost", "Ost", "Sydost", "Syd", "Sydvast", "Vast", "Nordvast");
        var ids = new ArrayList<String>();
        for (int i = 0; i < names.size(); i++) {
            var neighbours = new HashSet<String>();
            if (i > 0) {
                neighbours.add(ids.get(i - 1));
            }
            if (i == names.size() - 1) {
                neighbours.add(ids.get(0));
            }
            if (i == 4) {
                neighbours.add(ids.get(0));
            }
            if (i == 6) {
                neighbours.add(ids.get(2));
            }
            var id = districts.save(
                    null, "Sim " + run + " " + names.get(i), 660000 + i * 1000, 6580000, 900 + i, neighbours);
            ids.add(id);
            graph.put(id, new HashSet<>());
            for (var n : neighbours) {
                graph.get(id).add(n);
                graph.get(n).add(id);
            }
        }
        // what the application reads back must be the graph this test reasons with
        for (var id : ids) {
            assertThat(districts.find(id).orElseThrow().neighbourIds())
                    .containsExactlyInAnyOrderElementsOf(graph.get(id));
        }
    }

    private List<String> districtIds() {
        return graph.keySet().stream().sorted().toList();
    }

    private void createVolunteers() {
        var ids = districtIds();
        var kinds = HelpKind.BUILT_IN;
        var now = Timestamp.from(MONTH_START.minusMonths(2).toInstant());
        var accounts = new ArrayList<Object[]>();
        var rows = new ArrayList<Object[]>();
        var districtRows = new ArrayList<Object[]>();
        var kindRows = new ArrayList<Object[]>();
        var languageRows = new ArrayList<Object[]>();
        for (int i = 0; i < VOLUNTEERS; i++) {
            var id = UUID.randomUUID();
            var accountId = UUID.randomUUID();
            var home = ids.get(random.nextInt(ids.size()));
            var myDistricts = new LinkedHashSet<>(List.of(home));
            if (random.nextInt(100) < 30) {
                myDistricts.add(ids.get(random.nextInt(ids.size())));
            }
            var myKinds = new java.util.TreeSet<HelpKind>();
            var kindCount = 1 + random.nextInt(3);
            while (myKinds.size() < kindCount) {
                myKinds.add(kinds.get(random.nextInt(kinds.size())));
            }
            var languages = new LinkedHashSet<String>();
            if (random.nextInt(100) < 95) {
                languages.add("sv");
            }
            if (random.nextInt(100) < 50 || languages.isEmpty()) {
                languages.add("en");
            }
            if (random.nextInt(100) < 8) {
                languages.add("ar");
            }
            boolean wd = random.nextInt(100) < 60,
                    we = random.nextInt(100) < 55,
                    ed = random.nextInt(100) < 45,
                    ee = random.nextInt(100) < 40;
            if (!(wd || we || ed || ee)) {
                we = true;
            }
            var f = random.nextInt(100);
            var frequency = f < 35
                    ? AskFrequency.ONCE_A_WEEK
                    : f < 60
                            ? AskFrequency.TWICE_A_MONTH
                            : f < 85 ? AskFrequency.ONCE_A_MONTH : AskFrequency.ONLY_IN_CRISIS;
            var q = random.nextInt(100);
            LocalTime quietFrom = null, quietTo = null;
            if (q < 35) {
                quietFrom = LocalTime.of(21, 0);
                quietTo = LocalTime.of(8, 0);
            } else if (q < 50) {
                quietFrom = LocalTime.of(12, 0);
                quietTo = LocalTime.of(13, 0);
            }
            LocalDate pausedUntil =
                    random.nextInt(100) < 10 ? MONTH_START.toLocalDate().plusDays(3 + random.nextInt(18)) : null;
            var sms = random.nextInt(100) < 30;
            var v = new Volunteer(
                    id,
                    i,
                    Set.copyOf(myDistricts),
                    Set.copyOf(myKinds),
                    Set.copyOf(languages),
                    wd,
                    we,
                    ed,
                    ee,
                    frequency,
                    quietFrom,
                    quietTo,
                    sms);
            volunteers.add(v);
            byId.put(id, v);
            pauses.put(id, new ArrayList<>(List.of(new PauseChange(Instant.MIN, pausedUntil))));
            var email = "sim-" + id + "@example.se";
            accounts.add(new Object[] {accountId, email, "Sim " + i, now});
            rows.add(new Object[] {
                id,
                accountId,
                "Sim " + i,
                email,
                String.format("+4670%07d", i),
                wd,
                we,
                ed,
                ee,
                frequency.name(),
                pausedUntil == null ? null : java.sql.Date.valueOf(pausedUntil),
                now,
                now,
                now,
                sms ? "SMS" : "EMAIL",
                quietFrom == null ? null : java.sql.Time.valueOf(quietFrom),
                quietTo == null ? null : java.sql.Time.valueOf(quietTo)
            });
            myDistricts.forEach(d -> districtRows.add(new Object[] {id, d}));
            myKinds.forEach(k -> kindRows.add(new Object[] {id, k.name()}));
            languages.forEach(l -> languageRows.add(new Object[] {id, l}));
        }
        jdbcTemplate.batchUpdate("""
				INSERT INTO account (id, username, role, display_name, locale, enabled, created_at)
				VALUES (?, ?, 'VOLUNTEER', ?, 'sv', TRUE, ?)""", accounts);
        jdbcTemplate.batchUpdate("""
				INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening,
				  weekend_daytime, weekend_evening, ask_frequency, paused_until, privacy_notice_version, consented_at,
				  email_confirmed_at, created_at, contact_channel, quiet_from, quiet_to)
				VALUES (?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?, ?, ?)""", rows);
        jdbcTemplate.batchUpdate(
                "INSERT INTO volunteer_district (volunteer_id, district_id) VALUES (?, ?)", districtRows);
        jdbcTemplate.batchUpdate("INSERT INTO volunteer_help_kind (volunteer_id, kind) VALUES (?, ?)", kindRows);
        jdbcTemplate.batchUpdate("INSERT INTO volunteer_language (volunteer_id, language) VALUES (?, ?)", languageRows);
        se.samverka.TestVolunteer.changed(jdbc);
    }

    private void createNeeds() {
        var ids = districtIds();
        var kinds = HelpKind.BUILT_IN;
        var monthMinutes = Duration.ofDays(30).toMinutes();
        for (int i = 0; i < NEEDS; i++) {
            var startAt = MONTH_START.toInstant().plus(Duration.ofMinutes(random.nextLong(monthMinutes)));
            var u = random.nextInt(100);
            var urgency = u < 30 ? Urgency.URGENT : u < 70 ? Urgency.SOON : Urgency.PLANNED;
            var lead = switch (urgency) {
                case URGENT -> Duration.ofMinutes(120 + random.nextInt(240));
                case SOON -> Duration.ofHours(18 + random.nextInt(30));
                case PLANNED -> Duration.ofHours(72 + random.nextInt(120));
            };
            var at = LocalDateTime.ofInstant(startAt.plus(lead), STOCKHOLM);
            at = at.withMinute(at.getMinute() / 15 * 15).withSecond(0).withNano(0);
            if (at.getHour() < 7) {
                at = at.withHour(8).withMinute(0);
            } else if (at.getHour() >= 21) {
                at = at.plusDays(1).withHour(8).withMinute(0);
            }
            var l = random.nextInt(100);
            var language = l < 85 ? null : l < 95 ? "en" : "ar";
            var need = new SimNeed(
                    i,
                    UUID.randomUUID(),
                    kinds.get(random.nextInt(kinds.size())),
                    ids.get(random.nextInt(ids.size())),
                    urgency,
                    1 + random.nextInt(3),
                    language,
                    startAt,
                    at.toLocalDate(),
                    at.toLocalTime());
            needs.add(need);
            push(startAt, Kind.START, need, null, false);
        }
        // some volunteers take a break mid-month: from day 10 they are paused until day 20
        push(MONTH_START.plusDays(10).withHour(9).toInstant(), Kind.PAUSE, null, null, false);
        var lastNeed = needs.stream()
                .map(SimNeed::startsAt)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        for (var t = MONTH_START.toInstant(); !t.isAfter(lastNeed.plus(STEP)); t = t.plus(STEP)) {
            push(t, Kind.TICK, null, null, false);
        }
    }

    private void push(Instant at, Kind kind, SimNeed need, UUID askId, boolean yes) {
        queue.add(new Event(at, seq++, kind, need, askId, yes));
    }

    // ---- the month -----------------------------------------------------------------------------------------

    private void simulate() {
        while (!queue.isEmpty()) {
            var event = queue.poll();
            var before = System.nanoTime();
            switch (event.kind()) {
                case START -> {
                    act(event.at());
                    var need = event.need();
                    needsTarget.open(need.subjectId(), need.people());
                    var id = callouts.start(new Callouts.Start(
                            SubjectType.EFFORT_NEED,
                            need.subjectId(),
                            "Sim need " + need.index(),
                            new Need(
                                    need.kind(),
                                    need.districtId(),
                                    need.date(),
                                    need.from(),
                                    need.from().plusHours(2),
                                    need.language(),
                                    need.people()),
                            need.urgency(),
                            null,
                            "sim"));
                    needByCallout.put(id, need);
                    collectNewAsks(id);
                }
                case ANSWER -> {
                    act(event.at());
                    var result = calloutAnswers.answer(event.askId(), event.yes());
                    answers.put(event.askId(), new SimAnswer(lastAction, event.yes(), result));
                    collectNewAsks(askCallout.get(event.askId()));
                }
                case TICK -> tick(event.at());
                case PAUSE -> pauseSome(event.at());
            }
            nanos.merge(event.kind(), System.nanoTime() - before, Long::sum);
        }
        log.info(
                "Simulated time per event kind (ms): {}",
                nanos.entrySet().stream().collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue() / 1_000_000)));
        // the month is over: whatever is still active is stopped
        for (var id : activeCallouts().keySet()) {
            act(lastAction.plus(STEP));
            callouts.stop(id, "sim");
            refresh(id);
        }
    }

    /** Every action gets its own instant, so asks of two actions never share a timestamp. */
    private void act(Instant at) {
        lastAction = at.isAfter(lastAction) ? at : lastAction.plusMillis(1);
        clock.set(lastAction);
    }

    private void tick(Instant at) {
        for (var entry : activeCallouts().entrySet()) {
            var id = entry.getKey();
            var need = needByCallout.get(id);
            if (!need.startsAt().isAfter(at)) {
                act(at);
                callouts.stop(id, "sim");
                refresh(id);
            } else if (!entry.getValue().plus(INTERVAL.get(need.urgency())).isAfter(at)) {
                act(at);
                callouts.runWave(id);
                collectNewAsks(id);
            }
        }
    }

    /** The active call-outs of this simulation and when their latest wave went out, in a stable order. */
    private Map<UUID, Instant> activeCallouts() {
        var result = new java.util.TreeMap<UUID, Instant>(
                Comparator.comparing((UUID id) -> needByCallout.get(id).index()));
        result.putAll(active);
        return result;
    }

    /** Reads back whether the call-out is still active and when its latest wave went out. */
    private void refresh(UUID calloutId) {
        var row = jdbc.sql("""
				SELECT c.status, (SELECT MAX(w.sent_at) FROM callout_wave w WHERE w.callout_id = c.id)
				FROM callout c WHERE c.id = ?""")
                .param(calloutId)
                .query((rs, i) ->
                        rs.getString(1).equals("ACTIVE") ? rs.getTimestamp(2).toInstant() : null)
                .optional()
                .orElse(null);
        if (row == null) {
            active.remove(calloutId);
        } else {
            active.put(calloutId, row);
        }
    }

    /** Asks the call-out made in the last action: each volunteer answers yes, no or never, minutes to hours later. */
    private void collectNewAsks(UUID calloutId) {
        var fresh = new ArrayList<UUID[]>();
        jdbc.sql("SELECT id, volunteer_id FROM callout_ask WHERE callout_id = ? AND asked_at >= ?")
                .params(calloutId, Timestamp.from(lastAction))
                .query(rs -> {
                    var id = rs.getObject(1, UUID.class);
                    if (askCallout.putIfAbsent(id, calloutId) == null) {
                        fresh.add(new UUID[] {id, rs.getObject(2, UUID.class)});
                    }
                });
        refresh(calloutId);
        fresh.sort(Comparator.comparingInt(a -> byId.get(a[1]).index()));
        for (var ask : fresh) {
            var r = random.nextInt(100);
            var delay = Duration.ofMinutes(3 + random.nextInt(r < 55 ? 180 : 360));
            if (r < 55) {
                push(lastAction.plus(delay), Kind.ANSWER, null, ask[0], true);
            } else if (r < 80) {
                push(lastAction.plus(delay), Kind.ANSWER, null, ask[0], false);
            }
        }
    }

    private void pauseSome(Instant at) {
        act(at);
        var until = MONTH_START.toLocalDate().plusDays(20);
        var pausing = new ArrayList<UUID>();
        for (var v : volunteers) {
            if (random.nextInt(100) < 8) {
                pausing.add(v.id());
                pauses.get(v.id()).add(new PauseChange(lastAction, until));
            }
        }
        jdbc.sql("UPDATE volunteer SET paused_until = :until WHERE id IN (:ids)")
                .param("until", until)
                .param("ids", pausing)
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
    }

    // ---- the checks ----------------------------------------------------------------------------------------

    record CalloutRow(
            UUID id,
            UUID subjectId,
            HelpKind kind,
            String districtId,
            LocalDate date,
            LocalTime from,
            String language,
            int people,
            int accepted,
            int factor,
            int extra,
            Urgency urgency,
            CalloutStatus status,
            Instant endedAt) {}

    record AskRow(
            UUID id,
            UUID calloutId,
            UUID volunteerId,
            int wave,
            AskStatus status,
            Instant askedAt,
            Instant answeredAt,
            Instant stoodDownAt) {}

    record WaveRow(UUID calloutId, int wave, Instant sentAt, int asked) {}

    record LedgerRow(UUID volunteerId, Instant at, String entry, UUID refId) {}

    private void check() {
        var mine = graph.keySet();
        var calloutRows = jdbc.sql("""
				SELECT id, subject_id, kind, district_id, need_date, time_from, language, people_needed, accepted,
				  factor, extra_asks, urgency, status, ended_at
				FROM callout WHERE district_id IN (:districts)""")
                .param("districts", mine)
                .query((rs, i) -> new CalloutRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        HelpKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalTime.class),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        Urgency.valueOf(rs.getString(12)),
                        CalloutStatus.valueOf(rs.getString(13)),
                        instant(rs.getTimestamp(14))))
                .list();
        var askRows = jdbc.sql("""
				SELECT a.id, a.callout_id, a.volunteer_id, a.wave, a.status, a.asked_at, a.answered_at, a.stood_down_at
				FROM callout_ask a JOIN callout c ON c.id = a.callout_id WHERE c.district_id IN (:districts)""")
                .param("districts", mine)
                .query((rs, i) -> new AskRow(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getInt(4),
                        AskStatus.valueOf(rs.getString(5)),
                        rs.getTimestamp(6).toInstant(),
                        instant(rs.getTimestamp(7)),
                        instant(rs.getTimestamp(8))))
                .list();
        var waveRows = jdbc.sql("""
				SELECT w.callout_id, w.wave, w.sent_at, w.asked
				FROM callout_wave w JOIN callout c ON c.id = w.callout_id WHERE c.district_id IN (:districts)""")
                .param("districts", mine)
                .query((rs, i) -> new WaveRow(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getInt(4)))
                .list();
        var ledger = new ArrayList<LedgerRow>();
        jdbc.sql("""
				SELECT l.volunteer_id, l.happened_at, l.entry, l.ref_id FROM contact_log l
				JOIN volunteer_district d ON d.volunteer_id = l.volunteer_id AND d.district_id IN (:districts)
				GROUP BY l.id, l.volunteer_id, l.happened_at, l.entry, l.ref_id""").param("districts", mine).query(rs -> {
            ledger.add(new LedgerRow(
                    rs.getObject(1, UUID.class),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getObject(4, UUID.class)));
        });
        var calloutById = calloutRows.stream().collect(Collectors.toMap(CalloutRow::id, c -> c));
        var asksByCallout = askRows.stream().collect(Collectors.groupingBy(AskRow::calloutId));
        var asksById = askRows.stream().collect(Collectors.toMap(AskRow::id, a -> a));
        var wavesByCallout = waveRows.stream().collect(Collectors.groupingBy(WaveRow::calloutId));
        var ledgerAsks = ledger.stream()
                .filter(l -> l.entry().equals("ASK"))
                .sorted(Comparator.comparing(LedgerRow::at))
                .toList();
        var asksByVolunteer = ledgerAsks.stream().collect(Collectors.groupingBy(LedgerRow::volunteerId));

        assertThat(calloutRows).as("one call-out per need").hasSize(NEEDS);
        assertThat(calloutRows).allSatisfy(c -> assertThat(c.id()).isIn(needByCallout.keySet()));
        assertThat(ledgerAsks)
                .as("every ask is in the ledger once, and only asks of the call-outs are")
                .extracting(LedgerRow::refId)
                .containsExactlyInAnyOrderElementsOf(asksById.keySet());
        for (var l : ledgerAsks) {
            var ask = asksById.get(l.refId());
            assertThat(l.volunteerId()).isEqualTo(ask.volunteerId());
            assertThat(l.at()).isEqualTo(ask.askedAt());
        }

        // 1. budgets, crisis-only volunteers and pauses
        for (var entry : asksByVolunteer.entrySet()) {
            var v = byId.get(entry.getKey());
            var times = entry.getValue().stream().map(LedgerRow::at).toList();
            assertThat(v.frequency())
                    .as("only-in-crisis volunteer %s asked", v.index())
                    .isNotEqualTo(AskFrequency.ONLY_IN_CRISIS);
            var max = MAX_ASKS.get(v.frequency());
            var window = WINDOW.get(v.frequency());
            for (var t : times) {
                var inWindow = times.stream()
                        .filter(s -> s.isAfter(t.minus(window)) && !s.isAfter(t))
                        .count();
                assertThat(inWindow)
                        .as("asks of volunteer %s (%s) in the window up to %s", v.index(), v.frequency(), t)
                        .isLessThanOrEqualTo(max);
            }
        }
        for (var ask : askRows) {
            var c = calloutById.get(ask.calloutId());
            var until = pausedUntilAt(ask.volunteerId(), ask.askedAt());
            assertThat(until != null && c.date().isBefore(until))
                    .as(
                            "volunteer %s asked at %s for %s while paused until %s",
                            byId.get(ask.volunteerId()).index(), ask.askedAt(), c.date(), until)
                    .isFalse();
        }

        // 2. quiet hours, in local time
        for (var ask : askRows) {
            var v = byId.get(ask.volunteerId());
            var local = ask.askedAt().atZone(STOCKHOLM).toLocalTime();
            assertThat(quiet(v, local))
                    .as(
                            "volunteer %s asked at %s local time, quiet %s-%s",
                            v.index(), local, v.quietFrom(), v.quietTo())
                    .isFalse();
        }

        // 3. every need that could be filled is: the call-out used its limit or nobody eligible was left
        var exhausted = 0;
        for (var c : calloutRows) {
            var asks = asksByCallout.getOrDefault(c.id(), List.of());
            if (c.status() == CalloutStatus.FILLED) {
                assertThat(asks.stream()
                                .filter(a -> a.status() == AskStatus.ACCEPTED)
                                .count())
                        .as("accepted asks of a filled call-out")
                        .isEqualTo(c.people());
                assertThat(needsTarget.filledBy(c.subjectId())).hasSize(c.people());
                continue;
            }
            assertThat(needsTarget.filledBy(c.subjectId()))
                    .as("places given in an unfilled need")
                    .hasSize(c.accepted());
            if (asks.size() >= c.people() * c.factor() + c.extra()) {
                continue;
            }
            exhausted++;
            var last = wavesByCallout.get(c.id()).stream()
                    .max(Comparator.comparingInt(WaveRow::wave))
                    .orElseThrow();
            var asked = asks.stream().map(AskRow::volunteerId).collect(Collectors.toSet());
            var stillEligible = volunteers.stream()
                    .filter(v -> !asked.contains(v.id()))
                    .filter(v -> eligible(v, c, last.sentAt(), asksByVolunteer.getOrDefault(v.id(), List.of())))
                    .map(Volunteer::index)
                    .toList();
            assertThat(stillEligible)
                    .as(
                            "call-out %s (%s, %s people, %s asks) ended %s with eligible volunteers left "
                                    + "at its last wave %s",
                            needByCallout.get(c.id()).index(),
                            c.urgency(),
                            c.people(),
                            asks.size(),
                            c.status(),
                            last.sentAt())
                    .isEmpty();
        }

        // every ask kept every rule at its moment, and every wave counts truthfully why the others were not asked
        var skips = new HashMap<String, Integer>();
        jdbc.sql("""
				SELECT s.callout_id, s.wave, s.reason, s.skipped FROM callout_wave_skip s
				JOIN callout c ON c.id = s.callout_id WHERE c.district_id IN (:districts)""").param("districts", mine).query(rs -> {
            skips.put(rs.getString(1) + ":" + rs.getInt(2) + ":" + rs.getString(3), rs.getInt(4));
        });
        for (var ask : askRows) {
            var v = byId.get(ask.volunteerId());
            assertThat(failedRules(
                            v,
                            calloutById.get(ask.calloutId()),
                            ask.askedAt(),
                            asksByVolunteer.getOrDefault(v.id(), List.of())))
                    .as("rules volunteer %s failed when asked at %s", v.index(), ask.askedAt())
                    .isEmpty();
        }
        var skipsChecked = 0;
        for (var w : waveRows) {
            var c = calloutById.get(w.calloutId());
            var asks = asksByCallout.getOrDefault(c.id(), List.of());
            assertThat(asks.stream().filter(a -> a.wave() == w.wave()).count())
                    .as("asks of a wave")
                    .isEqualTo(w.asked());
            var askedBefore = asks.stream()
                    .filter(a -> a.wave() < w.wave())
                    .map(AskRow::volunteerId)
                    .collect(Collectors.toSet());
            var askedNow = asks.stream()
                    .filter(a -> a.wave() == w.wave())
                    .map(AskRow::volunteerId)
                    .collect(Collectors.toSet());
            var expectedCounts = new HashMap<String, Integer>();
            for (var v : volunteers) {
                if (askedBefore.contains(v.id()) || askedNow.contains(v.id())) {
                    continue;
                }
                var failed = failedRules(v, c, w.sentAt(), asksByVolunteer.getOrDefault(v.id(), List.of()));
                if (failed.contains("kind") || failed.contains("district")) {
                    continue;
                }
                var expectedReason = failed.contains("availability")
                        ? "AVAILABILITY"
                        : failed.contains("language")
                                ? "LANGUAGE"
                                : failed.contains("paused")
                                        ? "PAUSED"
                                        : failed.contains("budget") || failed.contains("crisis")
                                                ? "BUDGET_USED"
                                                : failed.contains("quiet") ? "QUIET_HOURS" : null;
                if (expectedReason != null) {
                    expectedCounts.merge(c.id() + ":" + w.wave() + ":" + expectedReason, 1, Integer::sum);
                }
                if (expectedReason == null) {
                    // eligible and not asked: only because the wave was already full
                    assertThat(w.asked())
                            .as("wave left out an eligible volunteer")
                            .isEqualTo(Math.min(
                                    WAVE_SIZE.get(c.urgency()) * (c.people() - acceptedBefore(asks, w.sentAt())),
                                    c.people() * c.factor() + c.extra() - askedBefore.size()));
                }
                skipsChecked++;
            }
            for (var reason : List.of("AVAILABILITY", "LANGUAGE", "PAUSED", "BUDGET_USED", "QUIET_HOURS")) {
                var key = c.id() + ":" + w.wave() + ":" + reason;
                assertThat(skips.getOrDefault(key, 0))
                        .as(
                                "volunteers skipped for %s in wave %s of call-out %s",
                                reason, w.wave(), needByCallout.get(c.id()).index())
                        .isEqualTo(expectedCounts.getOrDefault(key, 0));
            }
        }
        assertThat(skipsChecked).isGreaterThan(1000);

        // the rules were really put to the test: at some wave a volunteer was kept out by that rule alone
        var keptOutBy = new HashMap<String, Integer>();
        for (var w : waveRows) {
            var c = calloutById.get(w.calloutId());
            var asked = asksByCallout.getOrDefault(c.id(), List.of()).stream()
                    .filter(a -> a.wave() <= w.wave())
                    .map(AskRow::volunteerId)
                    .collect(Collectors.toSet());
            for (var v : volunteers) {
                if (!asked.contains(v.id())) {
                    var failed = failedRules(v, c, w.sentAt(), asksByVolunteer.getOrDefault(v.id(), List.of()));
                    if (failed.size() == 1) {
                        keptOutBy.merge(failed.iterator().next(), 1, Integer::sum);
                    }
                }
            }
        }
        log.info("Volunteers kept out of a wave by one rule alone: {}", keptOutBy);
        assertThat(keptOutBy)
                .as("rules that alone kept someone out of a wave")
                .containsKeys("budget", "quiet", "paused", "crisis", "availability", "language");
        var nightAsks = askRows.stream()
                .map(a -> a.askedAt().atZone(STOCKHOLM).toLocalTime())
                .filter(t -> t.getHour() >= 21 || t.getHour() < 8)
                .count();
        var afterDst = askRows.stream()
                .filter(a -> a.askedAt().isAfter(Instant.parse("2027-03-28T01:00:00Z")))
                .count();
        assertThat(nightAsks).as("asks at night, local time").isPositive();
        assertThat(afterDst).as("asks after the clocks went forward").isPositive();

        // 4. stand-downs: exactly one for everyone asked and not needed, none for those who answered
        var standDowns = ledger.stream()
                .filter(l -> l.entry().equals("STAND_DOWN"))
                .collect(Collectors.groupingBy(LedgerRow::refId, Collectors.counting()));
        var lateReplies = ledger.stream()
                .filter(l -> l.entry().equals("LATE_REPLY"))
                .collect(Collectors.groupingBy(LedgerRow::refId, Collectors.counting()));
        assertThat(standDowns.keySet())
                .as("stand-downs refer to asks of the call-outs")
                .allSatisfy(id -> assertThat(asksById).containsKey(id));
        var stoodDown = 0;
        for (var c : calloutRows) {
            assertThat(c.status()).as("call-out still active after the month").isNotEqualTo(CalloutStatus.ACTIVE);
            for (var ask : asksByCallout.getOrDefault(c.id(), List.of())) {
                var answer = answers.get(ask.id());
                // the yes that fills a call-out ends it at the same instant
                var answeredInTime = answer != null && !answer.at().isAfter(c.endedAt());
                assertThat(ask.status()).as("ask %s", ask.id()).isNotEqualTo(AskStatus.PENDING);
                if (answeredInTime) {
                    assertThat(ask.status()).isEqualTo(answer.yes() ? AskStatus.ACCEPTED : AskStatus.DECLINED);
                    assertThat(answer.result()).isEqualTo(answer.yes() ? AnswerResult.ACCEPTED : AnswerResult.DECLINED);
                    assertThat(standDowns.get(ask.id()))
                            .as("stand-down for an answered ask")
                            .isNull();
                } else {
                    stoodDown++;
                    assertThat(ask.status())
                            .as("ask pending when its call-out ended")
                            .isEqualTo(AskStatus.STOOD_DOWN);
                    assertThat(ask.stoodDownAt()).isEqualTo(c.endedAt());
                    assertThat(standDowns.get(ask.id()))
                            .as("stand-downs for ask %s", ask.id())
                            .isEqualTo(1L);
                    if (answer != null) {
                        assertThat(answer.result()).isEqualTo(AnswerResult.NOT_NEEDED);
                        assertThat(lateReplies.get(ask.id())).as("late replies").isEqualTo(answer.yes() ? 1L : null);
                    }
                }
            }
        }
        assertThat(standDowns.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(stoodDown);
        // and each of them gets exactly one message, on the channel they chose (sent after commit, so wait)
        var expected = new HashMap<String, String>();
        for (var ask : askRows) {
            var channel = byId.get(ask.volunteerId()).sms() ? "SMS" : "EMAIL";
            expected.put("callout-asked:" + ask.id(), channel);
            if (ask.status() == AskStatus.STOOD_DOWN) {
                expected.put("callout-stood-down:" + ask.id(), channel);
            }
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var messages = new HashMap<String, String>();
            jdbc.sql("""
					SELECT dedupe_key, channel FROM outbox_message
					WHERE dedupe_key LIKE 'callout-asked:%' OR dedupe_key LIKE 'callout-stood-down:%'""").query(rs -> {
                if (expected.containsKey(rs.getString(1))) {
                    assertThat(messages.put(rs.getString(1), rs.getString(2)))
                            .as("two messages %s", rs.getString(1))
                            .isNull();
                }
            });
            assertThat(messages).isEqualTo(expected);
        });
        // every event about these volunteers was handled before the context closes (none left to republish)
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE '%sim-%@example.se%'")
                                .query(Long.class)
                                .single())
                        .as("unhandled events")
                        .isZero());

        // 5. never more asks than the factor allows (the limit caps the last wave, so not even one wave more)
        var filled = calloutRows.stream()
                .filter(c -> c.status() == CalloutStatus.FILLED)
                .toList();
        for (var c : calloutRows) {
            var asks = asksByCallout.getOrDefault(c.id(), List.of()).size();
            assertThat(c.factor()).isEqualTo(FACTOR);
            assertThat(asks)
                    .as("asks of call-out %s", needByCallout.get(c.id()).index())
                    .isLessThanOrEqualTo(FACTOR * c.people())
                    .isLessThanOrEqualTo(FACTOR * c.people() + WAVE_SIZE.get(c.urgency()) * c.people());
        }
        var asksForFilled =
                filled.stream().mapToInt(c -> asksByCallout.get(c.id()).size()).sum();
        var perFilled = filled.isEmpty() ? 0 : (double) asksForFilled / filled.size();
        var peopleFilled = filled.stream().mapToInt(CalloutRow::people).sum();

        // 6. sanity: the simulation did something worth checking
        var distinct = askRows.stream().map(AskRow::volunteerId).distinct().count();
        var byStatus = new EnumMap<CalloutStatus, Long>(CalloutStatus.class);
        calloutRows.forEach(c -> byStatus.merge(c.status(), 1L, Long::sum));
        var byUrgency = new EnumMap<Urgency, String>(Urgency.class);
        for (var u : Urgency.values()) {
            var of = calloutRows.stream().filter(c -> c.urgency() == u).toList();
            byUrgency.put(
                    u,
                    of.stream().filter(c -> c.status() == CalloutStatus.FILLED).count() + "/" + of.size());
        }
        log.info(
                "Call-out simulation: {} needs, {} filled ({} by urgency), {} asks of {} volunteers, {} asks per "
                        + "filled need ({} per person), {} stand-downs, {} late replies, {} unfilled that ran out of eligible "
                        + "volunteers, {} waves",
                calloutRows.size(),
                filled.size(),
                byUrgency,
                askRows.size(),
                distinct,
                String.format("%.2f", perFilled),
                String.format("%.2f", (double) asksForFilled / Math.max(1, peopleFilled)),
                stoodDown,
                lateReplies.size(),
                exhausted,
                waveRows.size());
        assertThat(filled.size()).as("filled needs").isGreaterThanOrEqualTo(NEEDS * 75 / 100);
        assertThat(distinct).as("different volunteers asked").isGreaterThanOrEqualTo(400);
        assertThat(stoodDown).as("stand-downs").isGreaterThan(0);
        assertThat((double) asksForFilled / peopleFilled)
                .as("asks per person found")
                .isLessThanOrEqualTo(FACTOR);
    }

    /** How many had said yes before the instant. */
    private static int acceptedBefore(List<AskRow> asks, Instant at) {
        return (int) asks.stream()
                .filter(a -> a.status() == AskStatus.ACCEPTED && a.answeredAt().isBefore(at))
                .count();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private LocalDate pausedUntilAt(UUID volunteerId, Instant at) {
        LocalDate until = null;
        for (var change : pauses.get(volunteerId)) {
            if (!change.from().isAfter(at)) {
                until = change.until();
            }
        }
        return until;
    }

    private static boolean quiet(Volunteer v, LocalTime t) {
        if (v.quietFrom() == null) {
            return false;
        }
        if (v.quietFrom().isBefore(v.quietTo())) {
            return !t.isBefore(v.quietFrom()) && t.isBefore(v.quietTo());
        }
        return !t.isBefore(v.quietFrom()) || t.isBefore(v.quietTo());
    }

    /** Whether the volunteer could have been asked for the call-out at that instant, by this test's reckoning. */
    private boolean eligible(Volunteer v, CalloutRow c, Instant at, List<LedgerRow> asksOfVolunteer) {
        return failedRules(v, c, at, asksOfVolunteer).isEmpty();
    }

    /** Every contact rule the volunteer fails for the call-out at that instant. */
    private Set<String> failedRules(Volunteer v, CalloutRow c, Instant at, List<LedgerRow> asksOfVolunteer) {
        var failed = new HashSet<String>();
        if (!v.kinds().contains(c.kind())) {
            failed.add("kind");
        }
        var ring = new HashSet<>(graph.get(c.districtId()));
        ring.add(c.districtId());
        if (v.districts().stream().noneMatch(ring::contains)) {
            failed.add("district");
        }
        var weekend = c.date().getDayOfWeek() == DayOfWeek.SATURDAY || c.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        var evening = c.from().getHour() >= 17;
        var available = weekend
                ? (evening ? v.weekendEvening() : v.weekendDay())
                : (evening ? v.weekdayEvening() : v.weekdayDay());
        if (!available) {
            failed.add("availability");
        }
        if (c.language() != null && !v.languages().contains(c.language())) {
            failed.add("language");
        }
        var until = pausedUntilAt(v.id(), at);
        if (until != null && c.date().isBefore(until)) {
            failed.add("paused");
        }
        var window = WINDOW.get(v.frequency());
        var recent = asksOfVolunteer.stream()
                .filter(a -> a.at().isBefore(at) && a.at().isAfter(at.minus(window)))
                .count();
        if (recent >= MAX_ASKS.get(v.frequency())) {
            failed.add(v.frequency() == AskFrequency.ONLY_IN_CRISIS ? "crisis" : "budget");
        }
        if (quiet(v, at.atZone(STOCKHOLM).toLocalTime())) {
            failed.add("quiet");
        }
        return failed;
    }
}
