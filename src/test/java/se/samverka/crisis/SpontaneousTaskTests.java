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

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.ShiftSignups;
import se.samverka.effort.SignupMode;
import se.samverka.effort.UnvettedShifts.Refusal;
import se.samverka.effort.UnvettedShifts.Refused;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * Issue 17 point 3: a spontaneous volunteer is given only a shift that needs no safeguarding level, with a vetted
 * partner confirmed on it, until staff complete their checks; the database holds this too. Told once by SMS.
 */
@IntegrationTest
class SpontaneousTaskTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Crises crises;

    @Autowired
    SpontaneousVolunteers spontaneous;

    @Autowired
    SpontaneousTasks tasks;

    @Autowired
    Efforts efforts;

    @Autowired
    ShiftSignups signups;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    String district;
    UUID effort;
    UUID shift;
    UUID partner;
    String partnerName;
    UUID person;
    String phone;

    @BeforeEach
    void setUp() {
        endAnyCrisis();
        district = districts.save(null, "Parby " + System.nanoTime(), 650000, 6580000, 993, Set.of());
        crises.start(
                new CrisisPlan(
                        "Storm " + UUID.randomUUID().toString().substring(0, 6),
                        CrisisKind.STORM,
                        List.of(district),
                        Instant.now().minus(Duration.ofHours(1)),
                        24,
                        "Ring om du behöver hjälp.",
                        "08-124 571 00",
                        0),
                "krisledare");
        phone = "+4670" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
        spontaneous.signUp(
                new SpontaneousSignup(
                        "Sara Spontan",
                        new PhoneNumber(phone),
                        List.of(district),
                        Set.of(Skill.CARRY_AND_DELIVER),
                        "sv"),
                Instant.now());
        person = jdbc.sql("SELECT id FROM spontaneous_volunteer WHERE phone = ?")
                .param(phone)
                .query(UUID.class)
                .single();
        effort = efforts.create(
                new Effort(
                        null,
                        null,
                        "sof",
                        "Värmestuga " + System.nanoTime(),
                        "Beskrivning",
                        "Alla",
                        LocalDate.now(),
                        LocalDate.now().plusMonths(1),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(effort);
        shift = efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                "Kvällspass",
                                LocalDate.now().plusDays(2),
                                LocalTime.of(17, 0),
                                LocalTime.of(21, 0),
                                "Bygdegården " + UUID.randomUUID(),
                                district,
                                1,
                                4,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
        partnerName = "Vera Vetad " + System.nanoTime();
        partner = TestVolunteer.named(partnerName).in(district).insert(jdbc).id();
        signups.signUp(shift, partner);
    }

    @AfterEach
    void endAnyCrisis() {
        crises.running().ifPresent(c -> crises.end(c.id(), "test", Instant.now().plusSeconds(1)));
        if (effort != null) {
            efforts.pause(effort);
        }
    }

    @Test
    void aCoordinatorGivesAnEligibleShiftWithAVettedPartnerAndThePersonIsToldOnce() throws Exception {
        var choose = page(get("/samordning/spontanfrivilliga/" + person + "/pass"));
        assertThat(choose.select("#task-shifts").text()).contains("Kvällspass", partnerName);
        var partnerStep =
                page(get("/samordning/spontanfrivilliga/" + person + "/pass").param("pass", shift.toString()));
        assertThat(partnerStep.select("#partner-field input[value=" + partner + "]"))
                .hasSize(1);
        assertThat(partnerStep.select("#partner-field input[value=none]"))
                .as("no partner only once checked")
                .isEmpty();

        for (int i = 0; i < 2; i++) {
            mvc.perform(pairPost(shift.toString(), partner.toString()))
                    .andExpect(redirectedUrl("/samordning/spontanfrivilliga"));
        }
        assertThat(pairings()).isOne();
        var key = "crisis-task:" + pairingId() + ":" + partner;
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox(key) == 1);
        var sms = jdbc.sql("SELECT body FROM outbox_message WHERE dedupe_key = ?")
                .param(key)
                .query(String.class)
                .single();
        assertThat(sms).startsWith("Krisläge").contains("Bygdegården", partnerName, "17:00");
        Thread.sleep(500);
        assertThat(outbox(key))
                .as("the same shift and partner again sends nothing")
                .isOne();

        var roster = page(get("/samordning/insatser/" + effort + "/pass/" + shift));
        assertThat(roster.select("#roster-guests").text())
                .contains("Sara Spontan", "spontanfrivillig, ej kontrollerad — med " + partnerName);
        var list = page(get("/samordning/spontanfrivilliga").param("district", district));
        assertThat(list.select("#spontaneous-table").text()).contains("Bygdegården", "med " + partnerName);
    }

    @Test
    void aShiftNeedingALevelIsNeitherOfferedNorGivenAndTheDatabaseRefusesItToo() throws Exception {
        jdbc.sql("UPDATE effort_shift SET safeguarding_level = 1 WHERE id = ?")
                .param(shift)
                .update();
        assertThat(tasks.eligible()).extracting(s -> s.shiftId()).doesNotContain(shift);
        assertThatThrownBy(() -> tasks.pair(person, shift, partner, "samordnare"))
                .isInstanceOfSatisfying(
                        Refused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.NEEDS_LEVEL));
        var page = page(pairPost(shift.toString(), partner.toString()));
        assertThat(page.select("#shift-error").text()).contains("kräver en kontrollnivå");
        assertThatThrownBy(() -> insertDirectly(partner)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(pairings()).isZero();
    }

    @Test
    void aLevelSetAtTheSameMomentNeverEndsWithTheSpontaneousVolunteerOnTheShift() throws Exception {
        // the level first, its transaction still open: the pairing waits for the shift row, then sees the level
        try (var connection = java.util.Objects.requireNonNull(jdbcDataSource()).getConnection()) {
            connection.setAutoCommit(false);
            try (var update =
                    connection.prepareStatement("UPDATE effort_shift SET safeguarding_level = 2 WHERE id = ?")) {
                update.setObject(1, shift);
                update.executeUpdate();
            }
            var pairing = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> tasks.pair(person, shift, partner, "samordnare"));
            Thread.sleep(700);
            assertThat(pairing).as("waits for the shift row").isNotDone();
            connection.commit();
            assertThatThrownBy(pairing::join).hasCauseInstanceOf(Refused.class);
        }
        assertThat(pairings()).isZero();

        // the pairing first, its transaction still open: the level waits, then the database refuses it
        jdbc.sql("UPDATE effort_shift SET safeguarding_level = NULL WHERE id = ?")
                .param(shift)
                .update();
        try (var connection = jdbcDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(
                    "INSERT INTO spontaneous_shift (id, spontaneous_id, shift_id,"
                            + " partner_volunteer_id, checked, paired_by, paired_at) VALUES (?, ?, ?, ?, FALSE, 'test', now())")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, person);
                insert.setObject(3, shift);
                insert.setObject(4, partner);
                insert.executeUpdate();
            }
            var level = java.util.concurrent.CompletableFuture.runAsync(
                    () -> jdbc.sql("UPDATE effort_shift SET safeguarding_level = 2 WHERE id = ?")
                            .param(shift)
                            .update());
            Thread.sleep(700);
            assertThat(level)
                    .as("waits for the pairing's lock on the shift row")
                    .isNotDone();
            connection.commit();
            assertThatThrownBy(level::join).hasCauseInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(jdbc.sql("SELECT COALESCE(safeguarding_level, 0) FROM effort_shift WHERE id = ?")
                        .param(shift)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void noPairingWithoutAVettedPartnerOnTheShiftAndOnlyOnePerPersonAndShift() throws Exception {
        var page = page(pairPost(shift.toString(), ""));
        assertThat(page.select("#partner-error").text()).contains("Välj vem personen ska vara med");
        assertThat(page.select("#error-summary a[href=#partner-field]")).hasSize(1);
        var stranger =
                TestVolunteer.named("Sven Utanför").in(district).insert(jdbc).id();
        assertThatThrownBy(() -> tasks.pair(person, shift, stranger, "samordnare"))
                .isInstanceOfSatisfying(
                        Refused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.NO_PARTNER));
        assertThatThrownBy(() -> tasks.pair(person, shift, null, "samordnare")).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> insertDirectly(stranger)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertDirectly(null)).isInstanceOf(DataIntegrityViolationException.class);

        insertDirectly(partner);
        assertThatThrownBy(() -> insertDirectly(partner)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(pairings()).isOne();
    }

    @Test
    void whenThePartnerLeavesTheShiftThePairingStaysAndIsFlagged() throws Exception {
        tasks.pair(person, shift, partner, "samordnare");
        var signupId = jdbc.sql("SELECT id FROM effort_signup WHERE shift_id = ? AND volunteer_id = ?")
                .params(shift, partner)
                .query(UUID.class)
                .single();
        signups.withdraw(signupId, partner);

        assertThat(pairings()).as("not silently dropped").isOne();
        var list = page(get("/samordning/spontanfrivilliga").param("district", district));
        assertThat(list.select(".flagged").text()).contains("Partnern har lämnat passet");
        assertThat(list.select(".flagged a").attr("href")).contains("/pass?pass=" + shift);
        var roster = page(get("/samordning/insatser/" + effort + "/pass/" + shift));
        assertThat(roster.select("#roster-guests").text()).contains("partnern har lämnat passet");
    }

    @Test
    void onceStaffCompleteTheChecksNoPartnerIsNeededButALevelStillIs() throws Exception {
        var refused = page(
                post("/samordning/spontanfrivilliga/" + person + "/kontroll").with(csrf()));
        assertThat(refused.select("#confirm-field .field-error").text()).contains("Kryssa i rutan");
        mvc.perform(post("/samordning/spontanfrivilliga/" + person + "/kontroll")
                        .param("confirm", "true")
                        .with(csrf())
                        .with(authentication(coordinator())))
                .andExpect(redirectedUrl("/samordning/spontanfrivilliga"));
        assertThat(jdbc.sql("SELECT checks_completed_by FROM spontaneous_volunteer WHERE id = ?")
                        .param(person)
                        .query(String.class)
                        .single())
                .isEqualTo("samordnare-par");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_kind = 'SPONTANEOUS' AND subject_id = ?"
                                + " AND purpose = 'spontaneous.checks'")
                        .param(person)
                        .query(Integer.class)
                        .single())
                .isOne();

        mvc.perform(pairPost(shift.toString(), "none")).andExpect(redirectedUrl("/samordning/spontanfrivilliga"));
        var key = "crisis-task:" + pairingId() + ":null";
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox(key) == 1);
        var list = page(get("/samordning/spontanfrivilliga").param("district", district));
        assertThat(list.select("#spontaneous-table").text())
                .contains("Kontrollerad")
                .doesNotContain("Ej kontrollerad");
        assertThat(list.select(".flagged")).isEmpty();

        jdbc.sql("DELETE FROM spontaneous_shift WHERE spontaneous_id = ?")
                .param(person)
                .update();
        jdbc.sql("UPDATE effort_shift SET safeguarding_level = 1 WHERE id = ?")
                .param(shift)
                .update();
        assertThatThrownBy(() -> tasks.pair(person, shift, null, "samordnare"))
                .isInstanceOfSatisfying(
                        Refused.class, e -> assertThat(e.reason()).isEqualTo(Refusal.NEEDS_LEVEL));
    }

    private javax.sql.DataSource jdbcDataSource() {
        return dataSource;
    }

    @Autowired
    javax.sql.DataSource dataSource;

    private void insertDirectly(UUID partnerId) {
        jdbc.sql(
                        "INSERT INTO spontaneous_shift (id, spontaneous_id, shift_id, partner_volunteer_id, checked, paired_by,"
                                + " paired_at) VALUES (?, ?, ?, ?, FALSE, 'test', ?)")
                .params(UUID.randomUUID(), person, shift, partnerId, Timestamp.from(Instant.now()))
                .update();
    }

    private int pairings() {
        return jdbc.sql("SELECT COUNT(*) FROM spontaneous_shift WHERE spontaneous_id = ?")
                .param(person)
                .query(Integer.class)
                .single();
    }

    private UUID pairingId() {
        return jdbc.sql("SELECT id FROM spontaneous_shift WHERE spontaneous_id = ? AND shift_id = ?")
                .params(person, shift)
                .query(UUID.class)
                .single();
    }

    private int outbox(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                .param(key)
                .query(Integer.class)
                .single();
    }

    private MockHttpServletRequestBuilder pairPost(String shiftId, String partnerId) {
        return post("/samordning/spontanfrivilliga/" + person + "/pass")
                .param("shift", shiftId)
                .param("partner", partnerId)
                .with(csrf())
                .with(authentication(coordinator()));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(authentication(coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static UsernamePasswordAuthenticationToken coordinator() {
        var user = new SamverkaUser(UUID.randomUUID(), "samordnare-par", "x", Role.COORDINATOR, "Samordnare", true);
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
