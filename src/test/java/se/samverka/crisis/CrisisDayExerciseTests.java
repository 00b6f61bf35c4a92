package se.samverka.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.MutableClock;
import se.samverka.TestSettings;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.Allowance;
import se.samverka.callout.CalloutAnswers;
import se.samverka.callout.Callouts;
import se.samverka.callout.ContactBudgets;
import se.samverka.callout.Need;
import se.samverka.callout.SkipReason;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.helpkind.HelpKindCommands;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.resourcegroup.GroupKind;
import se.samverka.resourcegroup.ResourceGroups;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.HelpKind;
import se.samverka.shared.MunicipalTime;
import se.samverka.shared.PhoneNumber;
import se.samverka.situation.SituationReports;

/**
 * A whole crisis day against the real database, on a clock of the test's own (a winter Tuesday in 2030, so that no
 * other test's data falls inside it): a power cut is declared with a contact-budget raise, 2,000 spontaneous sign-ups
 * come in through the surge form (some numbers twice), 200 help requests by web form and phone, coordinators start
 * call-outs that volunteers answer, the resource group (FRG) is called out and answers by SMS, two safety points are
 * staffed through shifts with check-in and check-out, the daily situation report is made at its hour, and the crisis
 * ends. Every rule is then checked from the tables with this test's own arithmetic, not with the production rules.
 */
@IntegrationTest
@TestPropertySource(properties = {"db-scheduler.enabled=false", "samverka.notification.deliver=false"})
@Import(CrisisDayExerciseTests.DayClock.class)
// Why @DirtiesContext: the simulated clock makes a context no other class shares; close it after the class.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CrisisDayExerciseTests {

    private static final Logger log = LoggerFactory.getLogger(CrisisDayExerciseTests.class);
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    static final LocalDate DAY = LocalDate.of(2030, 1, 22);
    static final int RAISE = 1;
    static final int SIGNUPS = 2000;
    static final int REPEATED = 120;
    static final int REQUESTS = 200;
    static final HelpKind WATER = HelpKind.valueOf("WATER");
    static final HelpKind WARMTH = HelpKind.valueOf("WARMTH");
    static final HelpKind NEIGHBOUR = HelpKind.valueOf("CHECK_ON_NEIGHBOUR");
    static final List<HelpKind> KINDS =
            List.of(WATER, WARMTH, NEIGHBOUR, HelpKind.SHOPPING, HelpKind.PHARMACY, WATER, HelpKind.TRANSPORT);

    /** The budgets as the issue states them, written down here on purpose instead of read from the enums. */
    static final Map<String, Integer> EVERYDAY_MAX =
            Map.of("ONCE_A_WEEK", 1, "TWICE_A_MONTH", 2, "ONCE_A_MONTH", 1, "ONLY_IN_CRISIS", 0);

    static final Map<String, Duration> WINDOW = Map.of(
            "ONCE_A_WEEK", Duration.ofDays(7),
            "TWICE_A_MONTH", Duration.ofDays(30),
            "ONCE_A_MONTH", Duration.ofDays(30),
            "ONLY_IN_CRISIS", Duration.ofDays(7));

    static final Authentication COORDINATOR =
            as(new SamverkaUser(UUID.randomUUID(), "samordnare-krisdag", "x", Role.COORDINATOR, "Sam Ordnare", true));

    @TestConfiguration(proxyBeanMethods = false)
    static class DayClock {

        @Bean
        @Primary
        MutableClock crisisDayClock() {
            return new MutableClock(at(5, 0), STOCKHOLM);
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    Crises crises;

    @Autowired
    HelpKindCommands helpKinds;

    @Autowired
    SpontaneousVolunteers spontaneous;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutAnswers answers;

    @Autowired
    ContactBudgets budgets;

    @Autowired
    ResourceGroups groups;

    @Autowired
    Efforts efforts;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    SituationReports reports;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private final Random random = new Random(20300122L);
    private final List<String> ourDistricts = new ArrayList<>();
    private final Map<UUID, String> frequencies = new HashMap<>();
    private final List<TestVolunteer.Created> helpers = new ArrayList<>();
    private final List<TestVolunteer.Created> vetted = new ArrayList<>();
    private final List<TestVolunteer.Created> members = new ArrayList<>();
    private final List<UUID> requestIds = new ArrayList<>();
    private final Map<UUID, UUID> calloutOfRequest = new LinkedHashMap<>();
    private final Set<UUID> decided = new HashSet<>();
    private final List<String> refusedSignups = new ArrayList<>();
    private Crisis crisis;

    @AfterEach
    void everydayAgain() {
        helpKinds.setSafeguardingLevel(NEIGHBOUR, 0);
        crises.running().ifPresent(c -> crises.end(c.id(), "test", clock.instant()));
    }

    @Test
    void aCrisisDayKeepsEveryContactRuleReportsTrueFiguresAndEndsWithOneThanksEach() throws Exception {
        crises.running().ifPresent(c -> crises.end(c.id(), "test", Instant.now()));
        // visiting a neighbour needs an identity check and the pledge (level 1) on this day
        helpKinds.setSafeguardingLevel(NEIGHBOUR, 1);
        var north = district("Norrvik");
        var south = district("Söderö");
        var east = district("Österby");
        for (var d : List.of(north, south)) {
            for (int i = 0; i < 12; i++) {
                var frequency = i % 4 == 3 ? "ONLY_IN_CRISIS" : i % 4 == 2 ? "TWICE_A_MONTH" : "ONCE_A_WEEK";
                var helper = volunteer("Hjälpare " + d.substring(0, 4) + " " + i, d, "EMAIL", frequency);
                helpers.add(helper);
                if (i < 3) {
                    vet(helper);
                }
            }
        }
        var group =
                groups.create("FRG Krisdag " + UUID.randomUUID(), GroupKind.FRG, "Frivilliga resursgruppen", "test");
        for (int i = 0; i < 12; i++) {
            var member = volunteer(
                    "Medlem " + i, east, "SMS", i < 2 ? "ONLY_IN_CRISIS" : i < 8 ? "ONCE_A_WEEK" : "TWICE_A_MONTH");
            members.add(member);
            groups.addMember(group, member.id(), "test");
        }
        // one member was asked twice this week already, one once: the raised budget holds back the first only
        earlierAsk(members.get(2).id(), east, at(5, 0).minus(Duration.ofDays(3)));
        earlierAsk(members.get(2).id(), east, at(5, 0).minus(Duration.ofDays(2)));
        earlierAsk(members.get(3).id(), east, at(5, 0).minus(Duration.ofDays(2)));

        // two safety points, each staffed by a municipal effort's shifts; point A's shifts need safeguarding level 1
        var effortA = effort(north, "Trygghetspunkt Norrvik");
        var effortB = effort(south, "Trygghetspunkt Söderö");
        var morningA = shift(effortA, north, "Förmiddag", LocalTime.of(8, 0), LocalTime.of(14, 0), 3, 1);
        var eveningA = shift(effortA, north, "Kväll", LocalTime.of(19, 0), LocalTime.of(23, 0), 2, 1);
        var dayB = shift(effortB, south, "Dag", LocalTime.of(12, 0), LocalTime.of(20, 0), 4, 0);
        var pointA = safetyPoint("Norrviks skola", north, "OPEN", effortA);
        var pointB = safetyPoint("Söderö bibliotek", south, "OPEN", effortB);
        // the budgets above were written behind the volunteer module's back: the call-outs read everyone again
        TestVolunteer.changed(jdbc);

        var timeline = new Timeline();
        timeline.at(
                at(6, 0),
                () -> crisis = crises.start(
                        new CrisisPlan(
                                "Strömavbrott " + UUID.randomUUID().toString().substring(0, 6),
                                CrisisKind.POWER_CUT,
                                List.of(north, south, east),
                                clock.instant(),
                                24,
                                "Gå till närmaste trygghetspunkt.",
                                "08-124 571 00",
                                RAISE),
                        "krisledare"));

        // 2,000 surge sign-ups from 06:00 to 21:00, some numbers twice, and three FRG members with their own number
        var phones = new ArrayList<String>();
        var base = 1_000_000 + random.nextInt(7_000_000);
        for (int i = 0; i < SIGNUPS; i++) {
            String phone;
            if (i >= 100 && i % (SIGNUPS / REPEATED) == 0) {
                phone = phones.get(random.nextInt(phones.size()));
            } else if (i == 10 || i == 20 || i == 30) {
                phone = members.get(i / 10).phone();
            } else {
                phone = "+4673" + (base + i);
            }
            phones.add(phone);
            var name = "Spontan " + i;
            var index = i;
            var where = ourDistrictsOf(i);
            timeline.at(at(6, 1).plusSeconds(i * 27L), () -> surgeSignup(index, name, phone, where), "signups");
        }

        // 200 help requests from 06:05 to 21:00: one in ten by the public form, the rest taken by phone
        for (int j = 0; j < REQUESTS; j++) {
            var index = j;
            timeline.at(at(6, 5).plusSeconds(j * 268L), () -> request(index), "requests");
        }

        // the coordinators start call-outs for 16 phone requests in Norrvik and Söderö, from 07:00 on
        for (int j = 10, started = 0; started < 16; j += 5) {
            if (j % 3 != 2 && j % 10 != 3) {
                var requestIndex = j;
                timeline.at(at(6, 5).plusSeconds(j * 268L + 60), () -> startCallout(requestIndex), "callouts");
                started++;
            }
        }
        // volunteers answer (or not) a while after they are asked; the engine asks more wave by wave
        for (var t = at(7, 0); t.isBefore(at(20, 30)); t = t.plus(Duration.ofMinutes(10))) {
            timeline.at(t, this::answerAndWave, "answers");
        }
        // a coordinator gives one asked-for request to a volunteer who rang in: the call-out stands everyone down
        timeline.at(at(17, 0), () -> assignByHand(north));
        // the rest are stopped at the end of the day: whoever has not answered is told they are not needed
        timeline.at(at(20, 30), this::stopRemainingCallouts);

        // shifts: vetted helpers take point A's, unvetted ones (a spontaneous volunteer among them) are refused
        timeline.at(at(7, 0), () -> {
            signUp(vetted.get(0), morningA);
            signUp(vetted.get(1), morningA);
            signUp(vetted.get(2), eveningA);
            signUp(helpers.get(5), morningA);
            signUp(members.get(1), morningA);
            signUp(helpers.get(17), eveningA);
            signUp(helpers.get(4), dayB);
            signUp(helpers.get(16), dayB);
            signUp(members.get(1), dayB);
        });
        timeline.at(at(8, 5), () -> checkIn(pointA, vetted.get(0)));
        timeline.at(at(8, 7), () -> checkIn(pointA, vetted.get(1)));
        timeline.at(at(12, 2), () -> checkIn(pointB, helpers.get(4)));
        timeline.at(at(12, 4), () -> checkIn(pointB, helpers.get(16)));
        timeline.at(at(14, 10), () -> checkOut(pointA, vetted.get(0)));
        timeline.at(at(15, 0), () -> pointStatus(pointB, "FULL"));
        timeline.at(at(16, 0), () -> checkOut(pointB, helpers.get(4)));
        timeline.at(at(19, 5), () -> checkIn(pointA, vetted.get(2)));

        // the FRG is called out at noon and answers by SMS: three no, four yes (the call-out fills), the rest silent,
        // and one late yes after it filled
        var groupCallout = new UUID[1];
        timeline.at(at(12, 0), () -> groupCallout[0] = callOutGroup(group, east));
        timeline.at(at(12, 6), () -> {
            var asked = askedMembers(groupCallout[0]);
            assertThat(asked)
                    .as("the member without budget left is held back")
                    .doesNotContain(members.get(2).id());
            assertThat(asked)
                    .as("raised budget and 'only in a crisis' members are asked")
                    .contains(members.get(0).id(), members.get(3).id());
            var replies = 0;
            for (var member : members) {
                if (!asked.contains(member.id()) || replies >= 7) {
                    continue;
                }
                sms(member, replies < 3 ? "NEJ" : "JA", true);
                replies++;
            }
        });
        timeline.at(at(12, 40), () -> {
            var silent = members.stream()
                    .filter(m -> askStatus(groupCallout[0], m.id()).equals("STOOD_DOWN"))
                    .findFirst()
                    .orElseThrow();
            // read whenever: the ask stays stood down, the engine thanks instead
            sms(silent, "JA", false);
        });
        timeline.at(at(17, 30), () -> closeGroupCallout(group, groupCallout[0]));

        // the daily report at 18:00, checked against the tables as they stand at that hour
        timeline.at(at(18, 0), this::dailyReportMatchesTheTables);
        timeline.at(at(19, 0), () -> assertThat(crisisKindsOffered()).isPositive());

        try {
            timeline.run(clock);
        } finally {
            log.info("The crisis day's actions took (ms): {}", timeline.millis);
        }

        // ---- the end of the crisis ----------------------------------------------------------------------------
        clock.set(at(21, 30));
        assertThat(budgets.now()).isEqualTo(Allowance.crisis(RAISE));
        assertThat(crises.end(crisis.id(), "krisledare", clock.instant())).isTrue();
        assertThat(crises.end(crisis.id(), "krisledare", clock.instant().plusSeconds(60)))
                .isFalse();

        spontaneousSignUpsWereMerged(phones);
        noUnvettedVolunteerGotSafeguardedWork();
        noOneWasAskedBeyondTheCrisisBudget();
        everyAskEndedWithAnAnswerOrAStandDown();
        everyoneEngagedIsThankedExactlyOnce();
        theEverydaySettingsAreBack(north);
    }

    // ---- the day's actions ---------------------------------------------------------------------------------

    /** One in ten through the surge form itself, the rest through its service (the form's cost is not tested here). */
    private void surgeSignup(int index, String name, String phone, List<String> where) throws Exception {
        if (index % 10 != 0) {
            assertThat(spontaneous.signUp(
                            new SpontaneousSignup(
                                    name, PhoneNumber.mobile(phone), where, Set.of(Skill.CARRY_AND_DELIVER), "sv"),
                            clock.instant()))
                    .isPresent();
            return;
        }
        var post = post("/kris/anmal")
                .param("name", name)
                .param("phone", PhoneNumber.of(phone).display())
                .param("skills", "CARRY_AND_DELIVER", "DRIVE")
                .param("consent", "true")
                .with(csrf());
        where.forEach(d -> post.param("districts", d));
        mvc.perform(post).andExpect(status().is3xxRedirection());
    }

    private List<String> ourDistrictsOf(int i) {
        return i % 5 == 0 ? List.of(ourDistricts.get(0), ourDistricts.get(1)) : List.of(ourDistricts.get(i % 3));
    }

    private void request(int index) throws Exception {
        var district = ourDistricts.get(index % 3);
        var kind = KINDS.get(index % KINDS.size());
        var date = DAY.plusDays(1);
        if (index % 10 == 3) {
            var result = mvc.perform(post("/be-om-hjalp")
                            .param("asker", "SELF")
                            .param("residentName", "Boende Webb " + index)
                            .param("residentPhone", "08-560 3" + String.format("%04d", index))
                            .param("streetAddress", "Byvägen " + index)
                            .param("districtId", district)
                            .param("kind", kind.code())
                            .param("description", "Behöver hjälp under strömavbrottet")
                            .param("date", date.toString())
                            .param("timeFrom", "10:00")
                            .param("timeTo", "12:00")
                            .param("recurrence", "ONE_OFF")
                            .param("language", "")
                            .param("paymentMethod", "SWISH")
                            .param("codeWord", "Blåbär")
                            .param("consent", "true")
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn();
            requestIds.add(jdbc.sql("SELECT id FROM help_request WHERE number = ?")
                    .param(result.getFlashMap().get("requestNumber"))
                    .query(UUID.class)
                    .single());
            return;
        }
        var request = helpRequests.submit(
                new NewHelpRequest(
                        "Boende Telefon " + index,
                        PhoneNumber.of("08-560 39" + (100 + index)),
                        "Stationsvägen " + index,
                        district,
                        kind,
                        "Taget per telefon under strömavbrottet",
                        date,
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        Recurrence.ONE_OFF,
                        PaymentMethod.INVOICE,
                        "",
                        null,
                        null,
                        Channel.PHONE,
                        null,
                        null,
                        null),
                "samordnare-krisdag");
        requestIds.add(request.id());
    }

    private void startCallout(int requestIndex) throws Exception {
        var requestId = requestIds.get(requestIndex);
        var location = mvc.perform(post("/samordning/arenden/{id}/utskick", requestId)
                        .param("urgency", "URGENT")
                        .with(csrf())
                        .with(authentication(COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location)
                .as("a call-out started for request %d", requestIndex)
                .startsWith("/samordning/utskick/");
        calloutOfRequest.put(requestId, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
    }

    /** Each ask pending for ten minutes gets its answer now: about a third yes, a third no, a third never. */
    private void answerAndWave() {
        var tenMinutesAgo = Timestamp.from(clock.instant().minus(Duration.ofMinutes(10)));
        for (var calloutId : calloutOfRequest.values()) {
            var pending = jdbc.sql("SELECT id FROM callout_ask WHERE callout_id = ? AND status = 'PENDING'"
                            + " AND asked_at <= ? ORDER BY asked_at, id")
                    .params(calloutId, tenMinutesAgo)
                    .query(UUID.class)
                    .list();
            for (var ask : pending) {
                if (decided.add(ask)) {
                    var roll = random.nextInt(3);
                    if (roll < 2) {
                        answers.answer(ask, roll == 0);
                    }
                }
            }
            if (calloutStatus(calloutId).equals("ACTIVE")) {
                callouts.runWave(calloutId);
            }
        }
    }

    private void assignByHand(String district) throws Exception {
        var open = calloutOfRequest.entrySet().stream()
                .filter(e -> calloutStatus(e.getValue()).equals("ACTIVE"))
                .filter(e -> !kindOf(e.getKey()).equals(NEIGHBOUR.code()))
                .filter(e -> districtOf(e.getKey()).equals(district))
                .findFirst();
        if (open.isEmpty()) {
            return;
        }
        var kind = kindOf(open.get().getKey());
        var caller = TestVolunteer.named("Ringde In")
                .in(district)
                .kinds(kind)
                .phone(mobile("+4676"))
                .adult(true)
                .insert(jdbc);
        frequencies.put(caller.id(), "ONCE_A_WEEK");
        mvc.perform(post("/samordning/arenden/{id}/tilldela", open.get().getKey())
                        .param("volunteerId", caller.id().toString())
                        .with(csrf())
                        .with(authentication(COORDINATOR)))
                .andExpect(status().is3xxRedirection());
        assertThat(calloutStatus(open.get().getValue()))
                .as("assigned by hand: the call-out is filled elsewhere")
                .isEqualTo("FILLED");
    }

    private void stopRemainingCallouts() {
        calloutOfRequest.values().stream()
                .filter(id -> calloutStatus(id).equals("ACTIVE"))
                .forEach(id -> callouts.stop(id, "samordnare-krisdag"));
    }

    private void signUp(TestVolunteer.Created who, UUID shift) throws Exception {
        var result = mvc.perform(post("/mina-sidor/insatser/pass/{shiftId}/anmal", shift)
                        .with(csrf())
                        .with(authentication(as(who.user()))))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        if ("effort.signup.safeguarding".equals(result.getFlashMap().get("flash"))) {
            refusedSignups.add(who.name());
        }
    }

    private void checkIn(UUID point, TestVolunteer.Created who) throws Exception {
        mvc.perform(post("/trygghetspunkter/{id}/checka-in", point).with(csrf()).with(authentication(as(who.user()))))
                .andExpect(status().is3xxRedirection());
    }

    private void checkOut(UUID point, TestVolunteer.Created who) throws Exception {
        mvc.perform(post("/trygghetspunkter/{id}/checka-ut", point).with(csrf()).with(authentication(as(who.user()))))
                .andExpect(status().is3xxRedirection());
    }

    private void pointStatus(UUID point, String status) throws Exception {
        mvc.perform(post("/samordning/trygghetspunkter/{id}/status", point)
                        .param("status", status)
                        .with(csrf())
                        .with(authentication(COORDINATOR)))
                .andExpect(status().is3xxRedirection());
    }

    private UUID callOutGroup(UUID group, String district) throws Exception {
        var location = mvc.perform(post("/samordning/grupper/{g}/kalla-ut", group)
                        .param("what", "Dela ut vatten")
                        .param("place", "Österby brandstation")
                        .param("district", district)
                        .param("date", DAY.toString())
                        .param("from", "13:00")
                        .param("to", "17:00")
                        .param("people", "4")
                        .param("who", "ALL")
                        .with(csrf())
                        .with(authentication(COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var groupCallout = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        return jdbc.sql("SELECT id FROM callout WHERE subject_type = 'RESOURCE_GROUP' AND subject_id = ?")
                .param(groupCallout)
                .query(UUID.class)
                .single();
    }

    private void closeGroupCallout(UUID group, UUID engineCallout) throws Exception {
        var groupCallout = jdbc.sql("SELECT subject_id FROM callout WHERE id = ?")
                .param(engineCallout)
                .query(UUID.class)
                .single();
        mvc.perform(post("/samordning/grupper/{g}/utkallningar/{c}/avsluta", group, groupCallout)
                        .with(csrf())
                        .with(authentication(COORDINATOR)))
                .andExpect(status().is3xxRedirection());
    }

    private List<UUID> askedMembers(UUID callout) {
        return jdbc.sql("SELECT volunteer_id FROM callout_ask WHERE callout_id = ?")
                .param(callout)
                .query(UUID.class)
                .list();
    }

    /** An SMS reply through the provider's webhook; waits until the engine has read it when {@code wait}. */
    private void sms(TestVolunteer.Created from, String text, boolean wait) throws Exception {
        var before = answered(from);
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("id", "s" + UUID.randomUUID().toString().replace("-", ""))
                        .param("from", from.phone())
                        .param("to", "+46766861001")
                        .param("message", text)
                        .param("created", "2030-01-22T11:06:00.000000")
                        .queryParam("secret", TestSettings.SMS_WEBHOOK_SECRET))
                .andExpect(status().isOk());
        if (wait) {
            await("the SMS reply of " + from.name() + " read")
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> answered(from) > before);
        }
    }

    private int answered(TestVolunteer.Created from) {
        return jdbc.sql("SELECT COUNT(*) FROM callout_ask WHERE volunteer_id = ? AND status <> 'PENDING'")
                .param(from.id())
                .query(Integer.class)
                .single();
    }

    // ---- the report ----------------------------------------------------------------------------------------

    private void dailyReportMatchesTheTables() {
        var now = clock.instant();
        var reportId = reports.daily(now).orElseThrow();
        var figures = new HashMap<String, BigDecimal>();
        jdbc.sql("SELECT section, district_id, item_key, measure, figure FROM situation_figure WHERE report_id = ?")
                .param(reportId)
                .query(rs -> {
                    figures.put(
                            key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                            rs.getBigDecimal(5));
                });
        var start = Timestamp.from(crisis.startedAt());
        var to = Timestamp.from(now);

        // needs by district and kind: waiting (NEW, OPEN) and filled (ASSIGNED, DONE) since the crisis began
        var needs = new TreeMap<String, BigDecimal>();
        jdbc.sql(
                        "SELECT district_id, kind, status FROM help_request WHERE created_at >= ? AND district_id IN (?, ?, ?)")
                .params(start, ourDistricts.get(0), ourDistricts.get(1), ourDistricts.get(2))
                .query(rs -> {
                    var status = rs.getString(3);
                    var measure = status.equals("NEW") || status.equals("OPEN")
                            ? "OPEN"
                            : status.equals("ASSIGNED") || status.equals("DONE") ? "FILLED" : null;
                    if (measure != null) {
                        needs.merge(
                                key("requests", rs.getString(1), "helpkind:" + rs.getString(2), measure),
                                BigDecimal.ONE,
                                BigDecimal::add);
                    }
                });
        assertThat(needs.keySet().stream().map(k -> k.split("\\|")[2]).distinct())
                .as("the day's needs include the crisis kinds")
                .contains("helpkind:WATER", "helpkind:WARMTH");
        assertThat(needs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("every request so far is waiting or filled")
                .isEqualByComparingTo(BigDecimal.valueOf(requestIds.size()));
        needs.forEach((k, v) -> assertThat(figures.get(k)).as(k).isEqualByComparingTo(v));
        assertThat(ourFigures(figures, "requests").values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("no other needs in our districts")
                .isEqualByComparingTo(needs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));

        // people engaged, over the whole municipality (nobody else lives in 2030)
        var withTask = new HashSet<>(
                jdbc.sql("SELECT DISTINCT volunteer_id FROM assignment WHERE assigned_at >= ? AND assigned_at < ?")
                        .params(start, to)
                        .query(UUID.class)
                        .list());
        var onShift = new HashSet<UUID>();
        jdbc.sql("""
				SELECT g.volunteer_id, s.shift_date, s.time_from FROM effort_signup g
				JOIN effort_shift s ON s.id = g.shift_id JOIN effort e ON e.id = s.effort_id
				WHERE g.status = 'CONFIRMED' AND s.status = 'OPEN' AND e.status <> 'DRAFT'""").query(rs -> {
            var begins = rs.getDate(2)
                    .toLocalDate()
                    .atTime(rs.getTime(3).toLocalTime())
                    .atZone(STOCKHOLM)
                    .toInstant();
            if (!begins.isBefore(crisis.startedAt()) && begins.isBefore(now)) {
                onShift.add(rs.getObject(1, UUID.class));
            }
        });
        var saidYes = new HashSet<>(jdbc.sql("SELECT DISTINCT volunteer_id FROM callout_ask WHERE status = 'ACCEPTED'"
                        + " AND answered_at >= ? AND answered_at < ?")
                .params(start, to)
                .query(UUID.class)
                .list());
        var everyone = new HashSet<UUID>(withTask);
        everyone.addAll(onShift);
        everyone.addAll(saidYes);
        assertThat(withTask).isNotEmpty();
        assertThat(onShift)
                .as("two on point A's morning, three on point B's day")
                .hasSize(5);
        assertThat(saidYes).hasSizeGreaterThan(4);
        assertThat(figures.get(key("people", "", "", "TASKS"))).isEqualByComparingTo(n(withTask.size()));
        assertThat(figures.get(key("people", "", "", "SHIFTS"))).isEqualByComparingTo(n(onShift.size()));
        assertThat(figures.get(key("people", "", "", "YES"))).isEqualByComparingTo(n(saidYes.size()));
        assertThat(figures.get(key("people", "", "", "PEOPLE"))).isEqualByComparingTo(n(everyone.size()));

        // hours on shifts that began in the period, per district
        var minutes = new TreeMap<String, Long>();
        jdbc.sql("""
				SELECT s.district_id, s.shift_date, s.time_from, s.time_to FROM effort_signup g
				JOIN effort_shift s ON s.id = g.shift_id JOIN effort e ON e.id = s.effort_id
				WHERE g.status = 'CONFIRMED' AND s.status = 'OPEN' AND e.status <> 'DRAFT' AND s.district_id IN (?, ?, ?)""")
                .params(ourDistricts.get(0), ourDistricts.get(1), ourDistricts.get(2))
                .query(rs -> {
                    var from = rs.getTime(3).toLocalTime();
                    var begins = rs.getDate(2)
                            .toLocalDate()
                            .atTime(from)
                            .atZone(STOCKHOLM)
                            .toInstant();
                    if (!begins.isBefore(crisis.startedAt()) && begins.isBefore(now)) {
                        minutes.merge(
                                rs.getString(1),
                                Duration.between(from, rs.getTime(4).toLocalTime())
                                        .toMinutes(),
                                Long::sum);
                    }
                });
        assertThat(minutes).containsOnlyKeys(ourDistricts.get(0), ourDistricts.get(1));
        minutes.forEach((d, m) -> assertThat(figures.get(key("hours", d, "", "HOURS")))
                .as("hours in " + d)
                .isEqualByComparingTo(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)));

        // safety points: status now, who is checked in now, hours checked in during the period
        var points = new TreeMap<String, BigDecimal>();
        jdbc.sql("SELECT district_id, status FROM safety_point WHERE district_id IN (?, ?, ?)")
                .params(ourDistricts.get(0), ourDistricts.get(1), ourDistricts.get(2))
                .query(rs -> {
                    points.merge(
                            key("safety-points", rs.getString(1), "", "POINTS_" + rs.getString(2)),
                            BigDecimal.ONE,
                            BigDecimal::add);
                });
        jdbc.sql("""
				SELECT p.district_id, c.checked_in_at, c.checked_out_at FROM safety_point_checkin c
				JOIN safety_point p ON p.id = c.safety_point_id WHERE p.district_id IN (?, ?, ?)""")
                .params(ourDistricts.get(0), ourDistricts.get(1), ourDistricts.get(2))
                .query(rs -> {
                    var in = rs.getTimestamp(2).toInstant();
                    var out = rs.getTimestamp(3) == null
                            ? now
                            : rs.getTimestamp(3).toInstant();
                    if (rs.getTimestamp(3) == null) {
                        points.merge(
                                key("safety-points", rs.getString(1), "", "CHECKED_IN"),
                                BigDecimal.ONE,
                                BigDecimal::add);
                    }
                    var hours = BigDecimal.valueOf(Duration.between(in, out).toMinutes())
                            .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
                    points.merge(key("safety-points", rs.getString(1), "", "HOURS"), hours, BigDecimal::add);
                });
        assertThat(points)
                .containsEntry(key("safety-points", ourDistricts.get(0), "", "POINTS_OPEN"), BigDecimal.ONE)
                .containsEntry(key("safety-points", ourDistricts.get(1), "", "POINTS_FULL"), BigDecimal.ONE)
                .containsEntry(key("safety-points", ourDistricts.get(0), "", "CHECKED_IN"), BigDecimal.ONE);
        var reported = ourFigures(figures, "safety-points");
        reported.values().removeIf(v -> v.signum() == 0);
        assertThat(reported.keySet()).containsExactlyInAnyOrderElementsOf(points.keySet());
        points.forEach((k, v) -> assertThat(reported.get(k)).as(k).isEqualByComparingTo(v));
    }

    private Map<String, BigDecimal> ourFigures(Map<String, BigDecimal> figures, String section) {
        var ours = new TreeMap<String, BigDecimal>();
        figures.forEach((k, v) -> {
            var parts = k.split("\\|", -1);
            if (parts[0].equals(section) && ourDistricts.contains(parts[1])) {
                ours.put(k, v);
            }
        });
        return ours;
    }

    // ---- what is checked after the crisis -------------------------------------------------------------------

    private void spontaneousSignUpsWereMerged(List<String> phones) {
        var distinct = new HashSet<>(phones);
        assertThat(distinct.size()).as("the day had repeated numbers").isLessThan(SIGNUPS - 100);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spontaneous_volunteer WHERE crisis_id = ?")
                        .param(crisis.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(distinct.size());
        assertThat(jdbc.sql("SELECT SUM(sign_ups) FROM spontaneous_volunteer WHERE crisis_id = ?")
                        .param(crisis.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(SIGNUPS);
    }

    /** The level each volunteer had on the day, from the checks and the pledge: 0, 1 (identity + pledge) or 2. */
    private static final String LEVEL = """
			(CASE WHEN EXISTS (SELECT 1 FROM safeguarding_check k WHERE k.volunteer_id = %1$s AND k.kind = 'ID_CHECKED'
			    AND k.checked_on <= :day AND (k.expires_on IS NULL OR k.expires_on > :day))
			  AND EXISTS (SELECT 1 FROM safeguarding_pledge p WHERE p.volunteer_id = %1$s AND p.version = :pledge)
			 THEN 1 + CASE WHEN EXISTS (SELECT 1 FROM safeguarding_check k WHERE k.volunteer_id = %1$s
			    AND k.kind = 'CRIMINAL_RECORD_SIGHTED' AND k.checked_on <= :day
			    AND (k.expires_on IS NULL OR k.expires_on > :day)) THEN 1 ELSE 0 END
			 ELSE 0 END)""";

    private void noUnvettedVolunteerGotSafeguardedWork() {
        var day = java.sql.Date.valueOf(DAY);
        var pledge = safeguarding.currentPledgeVersion();
        var onShifts = jdbc.sql("SELECT g.volunteer_id, s.safeguarding_level, " + LEVEL.formatted("g.volunteer_id")
                        + " FROM effort_signup g JOIN effort_shift s ON s.id = g.shift_id"
                        + " WHERE s.shift_date = :day AND s.safeguarding_level > 0"
                        + " AND g.status IN ('CONFIRMED', 'WAITING', 'APPLIED')")
                .param("day", day)
                .param("pledge", pledge)
                .query((rs, i) -> new int[] {rs.getInt(2), rs.getInt(3)})
                .list();
        assertThat(onShifts).as("vetted helpers are on the safeguarded shifts").hasSize(3);
        assertThat(onShifts).allSatisfy(p -> assertThat(p[1]).isGreaterThanOrEqualTo(p[0]));
        assertThat(refusedSignups)
                .as("the unvetted, a spontaneous volunteer among them, were refused")
                .containsExactlyInAnyOrder(
                        helpers.get(5).name(),
                        members.get(1).name(),
                        helpers.get(17).name());

        var asked = jdbc.sql("SELECT c.safeguarding_level, " + LEVEL.formatted("a.volunteer_id")
                        + " FROM callout_ask a JOIN callout c ON c.id = a.callout_id"
                        + " WHERE a.asked_at >= :start AND a.asked_at <= :end AND c.safeguarding_level > 0")
                .param("day", day)
                .param("pledge", pledge)
                .param("start", Timestamp.from(crisis.startedAt()))
                .param("end", Timestamp.from(clock.instant()))
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .list();
        assertThat(asked).as("visits to neighbours were asked for").isNotEmpty();
        assertThat(asked).allSatisfy(p -> assertThat(p[1]).isGreaterThanOrEqualTo(p[0]));

        var tasks = jdbc.sql("SELECT k.safeguarding_level, " + LEVEL.formatted("a.volunteer_id")
                        + " FROM assignment a JOIN help_request r ON r.id = a.request_id"
                        + " JOIN help_kind k ON k.code = r.kind WHERE a.assigned_at >= :start")
                .param("day", day)
                .param("pledge", pledge)
                .param("start", Timestamp.from(crisis.startedAt()))
                .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .list();
        assertThat(tasks).isNotEmpty();
        assertThat(tasks).allSatisfy(p -> assertThat(p[1]).isGreaterThanOrEqualTo(p[0]));

        // and no spontaneous volunteer is on a shift, an ask or a task that needs a level they do not have
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spontaneous_volunteer s JOIN volunteer v ON v.phone = s.phone"
                                + " JOIN effort_signup g ON g.volunteer_id = v.id JOIN effort_shift f ON f.id = g.shift_id"
                                + " WHERE s.crisis_id = :crisis AND f.safeguarding_level > " + LEVEL.formatted("v.id")
                                + " AND g.status IN ('CONFIRMED', 'WAITING', 'APPLIED')")
                        .param("crisis", crisis.id())
                        .param("day", day)
                        .param("pledge", pledge)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private void noOneWasAskedBeyondTheCrisisBudget() {
        var start = crisis.startedAt();
        var end = clock.instant();
        var asks = new HashMap<UUID, List<Instant>>();
        // every ask of a call-out is in the contact log, the log the budgets count (with any other kind of ask); only
        // this test's volunteers: other tests in the same database may have simulated asks in these weeks
        assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM callout_ask a WHERE a.asked_at >= :since AND a.volunteer_id IN (:ours) AND NOT EXISTS
				  (SELECT 1 FROM contact_log l WHERE l.ref_id = a.id AND l.entry = 'ASK' AND l.volunteer_id = a.volunteer_id)""")
                        .param("since", Timestamp.from(start.minus(Duration.ofDays(30))))
                        .param("ours", frequencies.keySet())
                        .query(Integer.class)
                        .single())
                .as("call-out asks missing from the contact log")
                .isZero();
        jdbc.sql("SELECT volunteer_id, happened_at FROM contact_log WHERE entry = 'ASK' AND happened_at > :since"
                        + " AND happened_at <= :until AND volunteer_id IN (:ours)")
                .param("since", Timestamp.from(start.minus(Duration.ofDays(30))))
                .param("until", Timestamp.from(end))
                .param("ours", frequencies.keySet())
                .query(rs -> {
                    asks.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(rs.getTimestamp(2).toInstant());
                });
        var raisedUsed = 0;
        var checked = 0;
        for (var entry : asks.entrySet()) {
            var frequency = frequencies.get(entry.getKey());
            assertThat(frequency).as("asked: one of this test's volunteers").isNotNull();
            var max = ("ONLY_IN_CRISIS".equals(frequency) ? 1 : EVERYDAY_MAX.get(frequency)) + RAISE;
            var window = WINDOW.get(frequency);
            var times = entry.getValue();
            for (var t : times) {
                if (t.isBefore(start)) {
                    continue;
                }
                var inWindow = times.stream()
                        .filter(o -> !o.isAfter(t) && o.isAfter(t.minus(window)))
                        .count();
                assertThat(inWindow)
                        .as("asks of %s (%s) in the %s up to %s", entry.getKey(), frequency, window, t)
                        .isLessThanOrEqualTo(max);
                if (inWindow > EVERYDAY_MAX.get(frequency)) {
                    raisedUsed++;
                }
                checked++;
            }
        }
        assertThat(checked).as("asks during the crisis").isGreaterThan(40);
        assertThat(raisedUsed).as("asks that only the crisis' raise allowed").isPositive();
    }

    private void everyAskEndedWithAnAnswerOrAStandDown() {
        var open = jdbc.sql("""
				SELECT COUNT(*) FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				WHERE c.started_at >= :since AND a.volunteer_id IN (:ours) AND a.status = 'PENDING'""")
                .param("since", Timestamp.from(crisis.startedAt()))
                .param("ours", frequencies.keySet())
                .query(Integer.class)
                .single();
        assertThat(open)
                .as("asks still open after the call-outs and the crisis ended")
                .isZero();
        var ends = jdbc.sql("""
				SELECT a.status, COUNT(*) FROM callout_ask a JOIN callout c ON c.id = a.callout_id
				WHERE c.started_at >= :since AND a.volunteer_id IN (:ours) GROUP BY a.status""")
                .param("since", Timestamp.from(crisis.startedAt()))
                .param("ours", frequencies.keySet())
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list();
        assertThat(ends).extracting(Map.Entry::getKey).contains("ACCEPTED", "DECLINED", "STOOD_DOWN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM callout c WHERE c.started_at >= :since AND c.status = 'ACTIVE'"
                                + " AND EXISTS (SELECT 1 FROM callout_ask a WHERE a.callout_id = c.id"
                                + " AND a.volunteer_id IN (:ours))")
                        .param("since", Timestamp.from(crisis.startedAt()))
                        .param("ours", frequencies.keySet())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM callout_ask a JOIN callout c ON c.id = a.callout_id"
                                + " WHERE c.started_at >= :since AND a.volunteer_id IN (:ours) AND a.status = 'STOOD_DOWN'"
                                + " AND a.stood_down_at IS NULL AND a.answered_at IS NULL")
                        .param("since", Timestamp.from(crisis.startedAt()))
                        .param("ours", frequencies.keySet())
                        .query(Integer.class)
                        .single())
                .as("a stand-down has its time")
                .isZero();
    }

    private void everyoneEngagedIsThankedExactlyOnce() {
        var asked = new HashSet<>(
                jdbc.sql("SELECT DISTINCT volunteer_id FROM callout_ask WHERE asked_at >= ? AND asked_at <= ?")
                        .params(Timestamp.from(crisis.startedAt()), Timestamp.from(clock.instant()))
                        .query(UUID.class)
                        .list());
        var spontaneous = new HashSet<>(jdbc.sql("SELECT phone FROM spontaneous_volunteer WHERE crisis_id = ?")
                .param(crisis.id())
                .query(String.class)
                .list());
        // engaged: asked, confirmed on a shift of the crisis' days, or given a task while it ran
        var engaged = new HashSet<UUID>(asked);
        engaged.addAll(jdbc.sql("""
						SELECT DISTINCT g.volunteer_id FROM effort_signup g JOIN effort_shift s ON s.id = g.shift_id
						WHERE g.status = 'CONFIRMED' AND s.status <> 'CANCELLED' AND s.shift_date BETWEEN ? AND ?""")
                .params(
                        java.sql.Date.valueOf(
                                crisis.startedAt().atZone(MunicipalTime.ZONE).toLocalDate()),
                        java.sql.Date.valueOf(
                                clock.instant().atZone(MunicipalTime.ZONE).toLocalDate()))
                .query(UUID.class)
                .list());
        engaged.addAll(jdbc.sql("SELECT DISTINCT volunteer_id FROM assignment WHERE assigned_at BETWEEN ? AND ?")
                .params(Timestamp.from(crisis.startedAt()), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .list());
        assertThat(engaged).as("some engaged only by a shift or a task").hasSizeGreaterThan(asked.size());
        var phoneOf = new HashMap<UUID, String>();
        jdbc.sql("SELECT id, phone FROM volunteer").query(rs -> {
            var id = rs.getObject(1, UUID.class);
            if (engaged.contains(id)) {
                phoneOf.put(id, rs.getString(2) == null ? "volunteer:" + id : rs.getString(2));
            }
        });
        // a person is one mobile number: a registered volunteer who also signed up on the surge form is one person
        var people = new HashSet<String>(spontaneous);
        engaged.forEach(v -> people.add(phoneOf.get(v)));
        var prefix = "%:" + crisis.id() + ":%";
        await("the thanks written")
                .atMost(Duration.ofSeconds(30))
                .until(() -> thanks(prefix).size() >= people.size());
        var thanks = thanks(prefix);
        var thankedPeople = new HashMap<String, Integer>();
        for (var key : thanks) {
            var who = key.substring(key.lastIndexOf(':') + 1);
            var person = key.startsWith("thanked:") ? phoneOf.get(UUID.fromString(who)) : who;
            thankedPeople.merge(person, 1, Integer::sum);
        }
        assertThat(thankedPeople.keySet()).containsExactlyInAnyOrderElementsOf(people);
        thankedPeople.values().removeIf(times -> times == 1);
        assertThat(thankedPeople)
                .as("people thanked more than once, with how often")
                .isEmpty();
        assertThat(people).hasSizeGreaterThan(SIGNUPS - REPEATED - 10);
    }

    private List<String> thanks(String pattern) {
        return jdbc.sql("SELECT dedupe_key FROM outbox_message WHERE dedupe_key LIKE ?"
                        + " AND (dedupe_key LIKE 'thanked:%' OR dedupe_key LIKE 'crisis-thanks:%')")
                .param(pattern)
                .query(String.class)
                .list();
    }

    private void theEverydaySettingsAreBack(String north) {
        assertThat(crisisKindsOffered()).as("crisis-only kinds retired again").isZero();
        assertThat(budgets.now()).isEqualTo(Allowance.EVERYDAY);
        // an open request of the day, and the volunteers the crisis let be asked more: held back now
        var openRequest = requestIds.stream()
                .filter(id -> jdbc.sql("SELECT status FROM help_request WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single()
                        .equals("OPEN"))
                .filter(id -> districtOf(id).equals(north) && !kindOf(id).equals(NEIGHBOUR.code()))
                .findFirst()
                .orElseThrow();
        var onlyInCrisis = helpers.stream()
                .filter(h -> "ONLY_IN_CRISIS".equals(frequencies.get(h.id())) && inDistrict(h, north))
                .map(TestVolunteer.Created::id)
                .toList();
        var onceAskedWeekly = helpers.stream()
                .filter(h -> "ONCE_A_WEEK".equals(frequencies.get(h.id())) && inDistrict(h, north))
                .filter(h -> asksOf(h.id()) >= 1)
                .map(TestVolunteer.Created::id)
                .toList();
        assertThat(onlyInCrisis).isNotEmpty();
        assertThat(onceAskedWeekly).isNotEmpty();
        var chosen = new ArrayList<UUID>(onlyInCrisis);
        chosen.addAll(onceAskedWeekly);
        var kind = new HelpKind(kindOf(openRequest));
        var picked = callouts.askChosen(
                new Callouts.Start(
                        SubjectType.HELP_REQUEST,
                        openRequest,
                        "Efter krisen",
                        new Need(kind, north, DAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0), null, 1),
                        Urgency.URGENT,
                        null,
                        "test"),
                chosen);
        assertThat(picked.asked()).isEmpty();
        assertThat(picked.heldBack()).containsOnlyKeys(chosen);
        assertThat(picked.heldBack().values()).containsOnly(SkipReason.BUDGET_USED);
    }

    // ---- data --------------------------------------------------------------------------------------------

    private String district(String name) {
        var id = districts.save(null, name + " " + System.nanoTime(), 650000, 6580000, 990, Set.of());
        ourDistricts.add(id);
        return id;
    }

    private TestVolunteer.Created volunteer(String name, String district, String channel, String frequency) {
        var created = TestVolunteer.named(name)
                .in(district)
                .channel(channel)
                .phone(mobile("+4676"))
                .adult(true)
                .kinds("SHOPPING", "WATER", "WARMTH", "CHECK_ON_NEIGHBOUR", "PHARMACY", "TRANSPORT")
                .insert(jdbc);
        jdbc.sql("UPDATE volunteer SET ask_frequency = ? WHERE id = ?")
                .params(frequency, created.id())
                .update();
        frequencies.put(created.id(), frequency);
        return created;
    }

    private void vet(TestVolunteer.Created helper) {
        safeguarding.record(helper.id(), CheckKind.ID_CHECKED, "test", DAY.minusDays(40), null);
        safeguarding.acceptCurrentPledge(helper.id());
        vetted.add(helper);
    }

    private void earlierAsk(UUID volunteer, String district, Instant at) {
        var callout = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, title, kind, district_id, need_date, time_from,
				  people_needed, factor, urgency, status, started_by, started_at, ended_at)
				VALUES (?, 'HELP_REQUEST', ?, 'Förra veckan', 'SHOPPING', ?, ?, ?, 1, 3, 'URGENT', 'FILLED', 'test', ?, ?)""")
                .params(
                        callout,
                        UUID.randomUUID(),
                        district,
                        java.sql.Date.valueOf(LocalDate.ofInstant(at, STOCKHOLM)),
                        java.sql.Time.valueOf(LocalTime.NOON),
                        Timestamp.from(at),
                        Timestamp.from(at.plusSeconds(600)))
                .update();
        var ask = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at,
				  answered_at) VALUES (?, ?, ?, 1, 'SMS', ?, 'DECLINED', ?, ?)""")
                .params(
                        ask,
                        callout,
                        volunteer,
                        UUID.randomUUID().toString(),
                        Timestamp.from(at),
                        Timestamp.from(at.plusSeconds(60)))
                .update();
        // the contact log is what the budgets count: an ask the engine made is written there too
        jdbc.sql("INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id)"
                        + " VALUES (?, ?, ?, 'ASK', 'SMS', 'CALLOUT', ?)")
                .params(UUID.randomUUID(), volunteer, Timestamp.from(at), ask)
                .update();
        jdbc.sql("INSERT INTO callout_candidate_change (volunteer_id, changed_at) VALUES (?, CURRENT_TIMESTAMP)")
                .param(volunteer)
                .update();
    }

    private UUID effort(String district, String title) {
        var id = efforts.create(
                new Effort(
                        null,
                        null,
                        "sof",
                        title,
                        "Bemanning av trygghetspunkten under strömavbrottet",
                        "Alla",
                        DAY.minusDays(1),
                        DAY.plusMonths(1),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(id);
        return id;
    }

    private UUID shift(UUID effort, String district, String title, LocalTime from, LocalTime to, int max, int level) {
        return efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                title,
                                DAY,
                                from,
                                to,
                                "Skolan",
                                district,
                                1,
                                max,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING),
                                level),
                        0)
                .get(0);
    }

    private UUID safetyPoint(String name, String district, String status, UUID effort) throws Exception {
        var location = mvc.perform(post("/samordning/trygghetspunkter/ny")
                        .param("name", name)
                        .param("address", "Torget 1")
                        .param("districtId", district)
                        .param("openingHours", "Dygnet runt")
                        .param("capacity", "40")
                        .param("status", status)
                        .param("publicNote", "Ta med laddare")
                        .param("effortId", effort.toString())
                        .with(csrf())
                        .with(authentication(COORDINATOR)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private String calloutStatus(UUID callout) {
        return jdbc.sql("SELECT status FROM callout WHERE id = ?")
                .param(callout)
                .query(String.class)
                .single();
    }

    private String askStatus(UUID callout, UUID volunteer) {
        return jdbc.sql("SELECT status FROM callout_ask WHERE callout_id = ? AND volunteer_id = ?")
                .params(callout, volunteer)
                .query(String.class)
                .optional()
                .orElse("NOT_ASKED");
    }

    private String kindOf(UUID request) {
        return jdbc.sql("SELECT kind FROM help_request WHERE id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    private String districtOf(UUID request) {
        return jdbc.sql("SELECT district_id FROM help_request WHERE id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    private boolean inDistrict(TestVolunteer.Created volunteer, String district) {
        return jdbc.sql("SELECT COUNT(*) FROM volunteer_district WHERE volunteer_id = ? AND district_id = ?")
                        .params(volunteer.id(), district)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private int asksOf(UUID volunteer) {
        return jdbc.sql("SELECT COUNT(*) FROM callout_ask WHERE volunteer_id = ? AND asked_at > ?")
                .params(volunteer, Timestamp.from(clock.instant().minus(Duration.ofDays(7))))
                .query(Integer.class)
                .single();
    }

    private int crisisKindsOffered() {
        return jdbc.sql("SELECT COUNT(*) FROM help_kind WHERE crisis_only AND retired_at IS NULL")
                .query(Integer.class)
                .single();
    }

    private String mobile(String prefix) {
        return prefix + (1_000_000 + random.nextInt(8_999_999));
    }

    private static String key(String section, String district, String item, String measure) {
        return section + "|" + district + "|" + item + "|" + measure;
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(STOCKHOLM).toInstant();
    }

    private static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    /** The day's actions in the order of their simulated time (and of writing, at the same time). */
    static final class Timeline {

        interface Action {
            void run() throws Exception;
        }

        private record Step(Instant at, int order, Action action, String label) {}

        private final List<Step> steps = new ArrayList<>();
        final Map<String, Long> millis = new TreeMap<>();

        void at(Instant at, Action action) {
            at(at, action, "other");
        }

        void at(Instant at, Action action, String label) {
            steps.add(new Step(at, steps.size(), action, label));
        }

        void run(MutableClock clock) throws Exception {
            steps.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
            for (var step : steps) {
                clock.set(step.at());
                var begun = System.nanoTime();
                step.action().run();
                millis.merge(step.label(), (System.nanoTime() - begun) / 1_000_000, Long::sum);
            }
        }
    }
}
