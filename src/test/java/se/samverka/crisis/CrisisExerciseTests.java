package se.samverka.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.MutableClock;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.municipality.MunicipalIdentities;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * A crisis exercise against the real database, driven by a clock of the test's own: start a crisis, take spontaneous
 * sign-ups (a repeated number, and the same new number from eight threads at once), ask volunteers, end the crisis,
 * and check that each engaged person is thanked exactly once and that the everyday settings are back.
 */
@IntegrationTest
class CrisisExerciseTests {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    Crises crises;

    @Autowired
    se.samverka.helpkind.HelpKinds helpKinds;

    @Autowired
    SpontaneousVolunteers spontaneous;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    MunicipalIdentities municipality;

    private String district;
    private String otherDistrict;

    @BeforeEach
    void noCrisisRuns() {
        endAnyCrisis();
        district = districts.save(null, "Krisby " + System.nanoTime(), 650000, 6580000, 990, Set.of());
        otherDistrict = districts.save(null, "Lugnby " + System.nanoTime(), 651000, 6581000, 991, Set.of());
    }

    @AfterEach
    void endCrisis() {
        endAnyCrisis();
    }

    private void endAnyCrisis() {
        crises.running().ifPresent(c -> crises.end(c.id(), "test", Instant.now().plusSeconds(1)));
    }

    @Test
    void aCrisisFromStartToThanksThanksEveryoneOnceAndRestoresTheEverydaySettings() throws Exception {
        // a crisis that happened on a day of the test's choosing, so no other test's asks fall inside it
        var clock = new MutableClock(Instant.parse("2021-01-15T05:00:00Z"), STOCKHOLM);
        var crisisName = "Strömavbrott " + UUID.randomUUID().toString().substring(0, 6);
        var crisis = crises.start(plan(crisisName, clock.instant()), "krisledare");
        var callout = callout(clock.instant().minus(Duration.ofDays(1)));
        var early = TestVolunteer.named("Tidig Tove").in(district).insert(jdbc);
        ask(callout, early.id(), clock.instant().minus(Duration.ofHours(2)));

        // the banner, and the crisis kinds first on the public help form
        var home = Jsoup.parse(page("/"));
        assertThat(home.select("#crisis-banner-message").text()).isEqualTo("Gå till närmaste trygghetspunkt.");
        assertThat(home.select("#crisis-banner-phone").text()).isEqualTo("08-124 571 00");
        assertThat(home.select("#crisis-banner").text()).contains(crisisName);
        assertThat(kindsOffered())
                .as("the crisis-only kinds offered while it runs, first")
                .startsWith("WATER", "WARMTH", "PHARMACY", "TRANSPORT", "INFORMATION", "CHECK_ON_NEIGHBOUR");

        // spontaneous sign-ups: through the page, a repeated number, and one number from eight threads at once
        var viaPage = mobile();
        mvc.perform(post("/kris/anmal")
                        .param("name", "Sam Spontan")
                        .param("phone", PhoneNumber.of(viaPage).display())
                        .param("districts", district)
                        .param("skills", "DRIVE", "CHECK_ON_NEIGHBOURS")
                        .param("consent", "true")
                        .with(csrf()))
                .andExpect(redirectedUrl("/kris/anmal/tack"));
        clock.set(clock.instant().plus(Duration.ofHours(1)));
        var repeated = mobile();
        assertThat(spontaneous.signUp(signup("Rut Första", repeated, district), clock.instant()))
                .contains(true);
        assertThat(spontaneous.signUp(signup("Rut Andra", repeated, otherDistrict), clock.instant()))
                .contains(false);
        var raced = mobile();
        var threads = 8;
        var pool = Executors.newFixedThreadPool(threads);
        var ready = new CountDownLatch(threads);
        var futures = new ArrayList<Future<?>>();
        for (var i = 0; i < threads; i++) {
            var name = "Kim " + i;
            futures.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return spontaneous.signUp(signup(name, raced, district), clock.instant());
            }));
        }
        for (var future : futures) {
            future.get(); // none throws
        }
        pool.shutdown();
        assertThat(rowsFor(viaPage)).isEqualTo(1);
        assertThat(rowsFor(repeated)).isEqualTo(1);
        assertThat(rowsFor(raced)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT name FROM spontaneous_volunteer WHERE phone = ?")
                        .param(repeated)
                        .query(String.class)
                        .single())
                .isEqualTo("Rut Andra");
        assertThat(jdbc.sql("SELECT sign_ups FROM spontaneous_volunteer WHERE phone = ?")
                        .param(raced)
                        .query(Integer.class)
                        .single())
                .isEqualTo(threads);

        // the staff's list, filtered by district, says they are not checked
        var list = Jsoup.parse(mvc.perform(get("/samordning/spontanfrivilliga")
                        .param("district", otherDistrict)
                        .with(authentication(as(Role.COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.select("#spontaneous-table tbody tr")).hasSize(1);
        assertThat(list.select("#spontaneous-table tbody tr").text()).contains("Rut Andra", "Ej kontrollerad");

        // volunteers asked while it runs: one twice, one once
        clock.set(clock.instant().plus(Duration.ofHours(2)));
        var anna = TestVolunteer.named("Anna Kris").in(district).insert(jdbc);
        var bo = TestVolunteer.named("Bo Kris").in(district).insert(jdbc);
        var secondCallout = callout(clock.instant());
        ask(callout, anna.id(), clock.instant());
        ask(secondCallout, anna.id(), clock.instant().plus(Duration.ofMinutes(5)));
        ask(callout, bo.id(), clock.instant().plus(Duration.ofMinutes(10)));

        // every message sent while it runs says so
        mvc.perform(post("/ott/generate").param("username", anna.email()).with(csrf()));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> !jdbc.sql("SELECT body FROM outbox_message WHERE recipient = ? AND body LIKE ?")
                        .params(anna.email(), "%Krisläge: " + crisisName + "%")
                        .query(String.class)
                        .list()
                        .isEmpty());

        // the end: once, and a second end changes nothing
        clock.set(clock.instant().plus(Duration.ofHours(20)));
        assertThat(crises.end(crisis.id(), "krisledare", clock.instant())).isTrue();
        assertThat(crises.end(crisis.id(), "krisledare", clock.instant().plusSeconds(60)))
                .isFalse();

        for (var phone : List.of(viaPage, repeated, raced)) {
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> outbox("crisis-thanks:" + crisis.id() + ":" + phone) == 1);
        }
        for (var volunteer : List.of(anna.id(), bo.id())) {
            await().atMost(Duration.ofSeconds(15)).until(() -> outbox("thanked:" + crisis.id() + ":" + volunteer) == 1);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM crisis_thanks WHERE crisis_id = ?")
                        .param(crisis.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(outbox("thanked:" + crisis.id() + ":" + early.id())).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE ?")
                        .param("%" + crisis.id() + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT body FROM outbox_message WHERE dedupe_key = ?")
                        .param("crisis-thanks:" + crisis.id() + ":" + raced)
                        .query(String.class)
                        .single())
                .contains(crisisName)
                .doesNotContain("Krisläge: " + crisisName + ".");

        // the everyday settings are back: no banner, the everyday order, the surge sign-up closed
        var after = Jsoup.parse(page("/"));
        assertThat(after.select("#crisis-banner")).isEmpty();
        assertThat(firstKind()).isEqualTo(helpKinds.active().get(0).name());
        assertThat(kindsOffered()).as("the crisis-only kinds retired again").doesNotContain("WATER", "WARMTH");
        assertThat(Jsoup.parse(page("/kris/anmal")).select("#surge-closed")).hasSize(1);
        var late = mobile();
        mvc.perform(post("/kris/anmal")
                        .param("name", "Sen Sigge")
                        .param("phone", late)
                        .param("districts", district)
                        .param("skills", "DRIVE")
                        .param("consent", "true")
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(rowsFor(late)).isZero();
    }

    @Test
    void aVolunteerAskedWhoAlsoSignedUpOnTheSurgeFormIsThankedOnce() {
        var start = Instant.parse("2021-02-10T05:00:00Z");
        var crisis = crises.start(plan("Storm " + UUID.randomUUID().toString().substring(0, 6), start), "krisledare");
        var both = TestVolunteer.named("Bo Båda").in(district).phone(mobile()).insert(jdbc);
        var onlySurge = mobile();
        assertThat(spontaneous.signUp(signup("Bo Båda", both.phone(), district), start.plusSeconds(60)))
                .contains(true);
        assertThat(spontaneous.signUp(signup("Siv Spontan", onlySurge, district), start.plusSeconds(90)))
                .contains(true);
        ask(callout(start), both.id(), start.plusSeconds(120));

        assertThat(crises.end(crisis.id(), "krisledare", start.plus(Duration.ofHours(5))))
                .isTrue();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> outbox("thanked:" + crisis.id() + ":" + both.id()) == 1
                        && outbox("crisis-thanks:" + crisis.id() + ":" + onlySurge) == 1);
        assertThat(jdbc.sql("SELECT phone FROM crisis_thanks WHERE crisis_id = ?")
                        .param(crisis.id())
                        .query(String.class)
                        .list())
                .as("thanked as a volunteer, not again as a spontaneous volunteer")
                .containsExactly(onlySurge);
        assertThat(outbox("crisis-thanks:" + crisis.id() + ":" + both.phone())).isZero();
    }

    @Test
    void theAdminStartsAndEndsACrisisOnItsPageAndOnlyOneRunsAtATime() throws Exception {
        var admin = as(Role.ADMIN);
        var form = Jsoup.parse(mvc.perform(get("/admin/kris").with(authentication(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#phone").val()).isEqualTo(municipality.current().phone());

        // bad input: errors on the page, what was typed kept
        var bad = Jsoup.parse(mvc.perform(post("/admin/kris")
                        .param("name", "")
                        .param("kind", "STORM")
                        .param("startDate", LocalDate.now(STOCKHOLM).toString())
                        .param("startTime", "25:99")
                        .param("expectedHours", "många")
                        .param("publicMessage", "Håll er inne.")
                        .param("phone", "08-124 571 00")
                        .param("contactBudgetRaise", "11")
                        .with(csrf())
                        .with(authentication(admin)))
                // values that cannot be read at all answer 400 with the form again (web/InvalidFormValues)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(bad.select("#error-summary li")).hasSize(4);
        assertThat(bad.select("#publicMessage").text()).isEqualTo("Håll er inne.");
        assertThat(bad.select("#expectedHours").val()).isEqualTo("många");
        assertThat(crises.running()).isEmpty();

        var start = post("/admin/kris")
                .param("name", "Storm Alfrida")
                .param("kind", "STORM")
                .param("districts", district)
                .param("startDate", LocalDate.now(STOCKHOLM).toString())
                .param(
                        "startTime",
                        LocalTime.now(STOCKHOLM)
                                .withSecond(0)
                                .withNano(0)
                                .toString()
                                .substring(0, 5))
                .param("expectedHours", "48")
                .param("publicMessage", "Träd över vägarna. Ring om du behöver hjälp.")
                .param("phone", "08-124 571 00")
                .param("contactBudgetRaise", "2")
                .with(csrf())
                .with(authentication(admin));
        mvc.perform(start).andExpect(redirectedUrl("/admin/kris"));
        var running = crises.running().orElseThrow();
        assertThat(running.districtIds()).containsExactly(district);
        assertThat(running.contactBudgetRaise()).isEqualTo(2);
        var page = Jsoup.parse(mvc.perform(get("/admin/kris").with(authentication(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#crisis-budget").text()).contains("+2");
        assertThat(page.select("#crisis-budget-applied").text()).contains("2 gånger mer per period");

        // the posters: two QR codes per district, the surge one with the district chosen, and the crisis' number
        var posters = Jsoup.parse(mvc.perform(get("/samordning/kris/affischer")
                        .param("district", district)
                        .with(authentication(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(posters.select("section.poster")).hasSize(1);
        assertThat(posters.select("section.poster svg.qr path")).hasSize(2);
        assertThat(posters.select(".poster-url").eachText())
                .containsExactly("http://localhost/kris/anmal?omrade=" + district, "http://localhost/be-om-hjalp");
        assertThat(posters.select(".poster-phone").text()).contains("08-124 571 00");
        assertThat(posters.title())
                .isEqualTo(Jsoup.parse(
                                mvc.perform(get("/samordning/kris/affischer").with(authentication(admin)))
                                        .andReturn()
                                        .getResponse()
                                        .getContentAsString())
                        .title());
        var surge = Jsoup.parse(page("/kris/anmal?omrade=" + district));
        assertThat(surge.select("#districts-field input[checked]").val()).isEqualTo(district);

        // a second start is refused, by the page and by the database
        mvc.perform(start).andExpect(redirectedUrl("/admin/kris"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM crisis WHERE ended_at IS NULL")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("""
						INSERT INTO crisis (id, name, kind, public_message, phone, started_at, expected_hours,
						  contact_budget_raise, started_by) VALUES (?, 'Två', 'FIRE', 'x', '1', ?, 1, 0, 'x')""")
                        .params(UUID.randomUUID(), Timestamp.from(Instant.now()))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);

        mvc.perform(get("/admin/kris/avsluta").with(authentication(admin))).andExpect(status().isOk());
        mvc.perform(post("/admin/kris/avsluta")
                        .param("crisisId", running.id().toString())
                        .with(csrf())
                        .with(authentication(admin)))
                .andExpect(redirectedUrl("/admin/kris"));
        assertThat(crises.running()).isEmpty();
    }

    @Test
    void theSurgeFormSaysWhatIsWrongAndABotIsStoredNowhere() throws Exception {
        crises.start(plan("Övning", Instant.now()), "test");
        var landline = "08-123 456 78";
        var html = Jsoup.parse(mvc.perform(post("/kris/anmal")
                        .param("name", "Lisa")
                        .param("phone", landline)
                        .param("districts", district)
                        .param("skills", "DRIVE")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.select("#phone-error").text()).contains("mobilnummer");
        assertThat(html.select("#consent-field .field-error")).hasSize(1);
        assertThat(html.select("#name").val()).isEqualTo("Lisa");

        var bot = mobile();
        mvc.perform(post("/kris/anmal")
                        .param("name", "Bot")
                        .param("phone", bot)
                        .param("districts", district)
                        .param("skills", "DRIVE")
                        .param("consent", "true")
                        .param("homepage", "http://spam.example")
                        .with(csrf()))
                // the web module's guard answers a caught bot before the controller sees it, with the thank-you page
                .andExpect(redirectedUrl("/kris/anmal/tack"));
        assertThat(Jsoup.parse(page("/kris/anmal")).select("form[method=post] input[name=homepage]"))
                .as("the surge form carries the honeypot field while a crisis runs")
                .hasSize(1);
        assertThat(rowsFor(bot)).isZero();
    }

    @Test
    void theCrisisOrderListsEveryBuiltInKindOfHelp() {
        assertThat(CrisisPageAdvice.CRISIS_ORDER).containsAll(HelpKind.BUILT_IN);
    }

    @Test
    void aCrisisListsTheCrisisKindsFirstThenEveryOtherActiveKindAndNoRetiredOne() {
        var snow = HelpKind.valueOf("SNOW_CLEARING");
        var active = List.of(HelpKind.SHOPPING, snow, HelpKind.PHARMACY, HelpKind.TRANSPORT, HelpKind.OTHER_ERRAND);
        assertThat(CrisisPageAdvice.crisisOrder(active))
                .containsExactly(HelpKind.PHARMACY, HelpKind.TRANSPORT, HelpKind.SHOPPING, HelpKind.OTHER_ERRAND, snow);
        var water = HelpKind.valueOf("WATER");
        assertThat(CrisisPageAdvice.crisisOrder(List.of(HelpKind.SHOPPING, water, HelpKind.PHARMACY)))
                .containsExactly(water, HelpKind.PHARMACY, HelpKind.SHOPPING);
    }

    private CrisisPlan plan(String name, Instant start) {
        return new CrisisPlan(
                name,
                CrisisKind.POWER_CUT,
                List.of(district),
                start,
                24,
                "Gå till närmaste trygghetspunkt.",
                "08-124 571 00",
                1);
    }

    private SpontaneousSignup signup(String name, String phone, String districtId) {
        return new SpontaneousSignup(
                name, new PhoneNumber(phone), List.of(districtId), Set.of(Skill.CARRY_AND_DELIVER), "sv");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<String> kindsOffered() throws Exception {
        return Jsoup.parse(page("/be-om-hjalp"))
                .select("#kind-field input[name=kind]")
                .eachAttr("value");
    }

    private String firstKind() throws Exception {
        return Jsoup.parse(page("/be-om-hjalp"))
                .select("#kind-field input[name=kind]")
                .first()
                .val();
    }

    private int rowsFor(String phone) {
        return jdbc.sql("SELECT COUNT(*) FROM spontaneous_volunteer WHERE phone = ?")
                .param(phone)
                .query(Integer.class)
                .single();
    }

    private int outbox(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    /** A random Swedish mobile number in E.164. */
    private static String mobile() {
        return "+4670" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
    }

    private UUID callout(Instant startedAt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, title, kind, district_id, need_date, time_from,
				  people_needed, factor, urgency, status, started_by, started_at, ended_at)
				VALUES (?, 'HELP_REQUEST', ?, 'Vatten', 'SHOPPING', ?, ?, ?, 1, 3, 'URGENT', 'STOPPED', 'test', ?, ?)""")
                .params(
                        id,
                        UUID.randomUUID(),
                        district,
                        Date.valueOf(LocalDate.ofInstant(startedAt, STOCKHOLM)),
                        Time.valueOf(LocalTime.NOON),
                        Timestamp.from(startedAt),
                        Timestamp.from(startedAt.plusSeconds(60)))
                .update();
        return id;
    }

    private void ask(UUID callout, UUID volunteer, Instant at) {
        jdbc.sql("""
				INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at)
				VALUES (?, ?, ?, 1, 'EMAIL', ?, 'DECLINED', ?)""")
                .params(UUID.randomUUID(), callout, volunteer, UUID.randomUUID().toString(), Timestamp.from(at))
                .update();
    }

    private static UsernamePasswordAuthenticationToken as(Role role) {
        var user =
                new SamverkaUser(UUID.randomUUID(), "kris-" + role.name().toLowerCase(), "x", role, "Krisledare", true);
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
