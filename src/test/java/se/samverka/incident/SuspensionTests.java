package se.samverka.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.callout.CalloutQueries;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.helprequest.HelpRequests;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.safeguarding.Suspensions;
import se.samverka.shared.HelpKind;

/**
 * A suspension stops every way to a task at once: suggestions, direct assignment, call-outs, pending offers and
 * asks, and effort sign-ups; one active suspension per volunteer; the volunteer is told without the reason.
 */
@IntegrationTest
class SuspensionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    CalloutQueries calloutQueries;

    @Autowired
    Efforts efforts;

    @Autowired
    Suspensions suspensions;

    @Autowired
    Safeguarding safeguarding;

    final RequestPostProcessor coordinator = authentication(IncidentFixtures.as(IncidentFixtures.coordinator()));
    final List<UUID> createdEfforts = new ArrayList<>();

    /** Paused efforts leave the public listing, which other tests read page by page. */
    @AfterEach
    void tearDown() {
        createdEfforts.forEach(efforts::pause);
    }

    @Test
    void aSuspendedVolunteerIsNoLongerSuggestedAndCannotBeAssignedDirectly() throws Exception {
        var district = IncidentFixtures.district(districts, "Avstängda holmen");
        var anna = TestVolunteer.named("Anna Avstängd").in(district).insert(jdbc);
        var request = helpRequests.submit(IncidentFixtures.shopping("Rut Förslag", district, "08-560 391 00"), "test");
        assertThat(suggestionsPage(request.id())
                        .select("table:has(caption) tbody tr")
                        .text())
                .contains("Anna Avstängd");

        suspend(anna.id(), "Klagomål från två boende");

        var page = suggestionsPage(request.id());
        assertThat(page.select("table:has(caption) tbody tr").text()).doesNotContain("Anna Avstängd");
        assertThat(page.select("details tbody tr").text())
                .contains("Anna Avstängd")
                .contains("är avstängd");
        mvc.perform(post("/samordning/arenden/{id}/tilldela", request.id())
                        .param("volunteerId", anna.id().toString())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "task.assign.notEligible"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE request_id = ?")
                        .param(request.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aCallOutNeverAsksASuspendedVolunteer() throws Exception {
        var district = IncidentFixtures.district(districts, "Utskicksholmen");
        var anna = TestVolunteer.named("Anna Utskick").in(district).insert(jdbc);
        var bo = TestVolunteer.named("Bo Utskick").in(district).insert(jdbc);
        var request = helpRequests.submit(IncidentFixtures.shopping("Rut Utskick", district, "08-560 391 00"), "test");
        suspend(anna.id(), "Misstänkt bedrägeri");

        mvc.perform(post("/samordning/arenden/{id}/utskick", request.id())
                        .param("urgency", "PLANNED")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var calloutId = jdbc.sql("SELECT id FROM callout WHERE subject_id = ?")
                .param(request.id())
                .query(UUID.class)
                .single();
        assertThat(calloutQueries.asks(calloutId))
                .extracting(a -> a.volunteerId())
                .containsExactly(bo.id());
        assertThat(calloutQueries.skipped(calloutId)).singleElement().satisfies(s -> {
            assertThat(s.volunteerId()).isEqualTo(anna.id());
            assertThat(s.reason().name()).isEqualTo("SAFEGUARDING");
        });
    }

    @Test
    void pendingHandPickedAndCallOutAsksAreWithdrawnAtOnceAndAYesGetsNothing() throws Exception {
        var district = IncidentFixtures.district(districts, "Erbjudandeholmen");
        var anna = TestVolunteer.named("Anna Erbjuden").in(district).insert(jdbc);
        var offered = helpRequests.submit(IncidentFixtures.shopping("Rut Erbjuden", district, "08-560 391 00"), "test");
        var asked = helpRequests.submit(IncidentFixtures.shopping("Rut Frågad", district, "08-560 391 00"), "test");
        mvc.perform(post("/samordning/arenden/{id}/erbjud", offered.id())
                        .param("volunteerIds", anna.id().toString())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "task.offer.sent"));
        // a hand-picked ask is a call-out ask
        var offerId = jdbc.sql("SELECT a.id FROM callout_ask a JOIN callout c ON c.id = a.callout_id"
                        + " WHERE c.subject_id = ? AND a.volunteer_id = ?")
                .params(offered.id(), anna.id())
                .query(UUID.class)
                .single();
        // the ask budget is spent by the offer: forget it, as if a week had passed
        jdbc.sql("DELETE FROM contact_log WHERE volunteer_id = ?")
                .param(anna.id())
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
        mvc.perform(post("/samordning/arenden/{id}/utskick", asked.id())
                        .param("urgency", "PLANNED")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var askId = jdbc.sql("SELECT a.id FROM callout_ask a JOIN callout c ON c.id = a.callout_id"
                        + " WHERE c.subject_id = ? AND a.volunteer_id = ?")
                .params(asked.id(), anna.id())
                .query(UUID.class)
                .single();

        suspend(anna.id(), "Uteblev tre gånger");

        assertThat(jdbc.sql("SELECT status FROM callout_ask WHERE id = ?")
                        .param(offerId)
                        .query(String.class)
                        .single())
                .isEqualTo("STOOD_DOWN");
        assertThat(jdbc.sql("SELECT status FROM callout_ask WHERE id = ?")
                        .param(askId)
                        .query(String.class)
                        .single())
                .isEqualTo("STOOD_DOWN");
        var me = authentication(IncidentFixtures.as(anna.user()));
        mvc.perform(post("/mina-sidor/utskick/{askId}/ja", offerId).with(me).with(csrf()))
                .andExpect(flash().attribute("flash", "callout.answered.NOT_NEEDED.title"));
        mvc.perform(post("/mina-sidor/utskick/{askId}/ja", askId).with(me).with(csrf()))
                .andExpect(flash().attribute("flash", "callout.answered.NOT_NEEDED.title"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE volunteer_id = ?")
                        .param(anna.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_log WHERE volunteer_id = ? AND entry = 'LATE_REPLY'")
                        .param(anna.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aSuspendedVolunteerCannotSignUpForAShiftUntilTheSuspensionIsLifted() throws Exception {
        var district = IncidentFixtures.district(districts, "Insatsholmen");
        var anna = TestVolunteer.named("Anna Insats").in(district).insert(jdbc);
        var today = LocalDate.now();
        var effort = efforts.create(
                new Effort(
                        null,
                        null,
                        "sof",
                        "Snöskottning " + UUID.randomUUID(),
                        "Skotta",
                        "Äldre",
                        today,
                        today.plusMonths(1),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(effort);
        createdEfforts.add(effort);
        var shift = efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                "Förmiddag",
                                today.plusDays(3),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                "Torget",
                                district,
                                1,
                                5,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
        var me = authentication(IncidentFixtures.as(anna.user()));
        suspend(anna.id(), "Klagomål");

        mvc.perform(post("/mina-sidor/insatser/pass/{shiftId}/anmal", shift)
                        .with(me)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.signup.suspended"));
        assertThat(signups(anna.id())).isZero();

        mvc.perform(post("/samordning/volontarer/{id}/avstangning/hav", anna.id())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.suspension.lifted"));
        mvc.perform(post("/mina-sidor/insatser/pass/{shiftId}/anmal", shift)
                        .with(me)
                        .with(csrf()))
                .andExpect(redirectedUrl("/mina-sidor/insatser"));
        assertThat(signups(anna.id())).isEqualTo(1);
    }

    @Test
    void atMostOneActiveSuspensionPerVolunteerAndTheHistoryKeepsWhoAndWhen() throws Exception {
        var anna = TestVolunteer.named("Anna Två").in("stenhamra").insert(jdbc);
        suspend(anna.id(), "Första skälet");
        assertThat(safeguarding.levelOf(anna.id(), Instant.now())).isEqualTo(Safeguarding.SUSPENDED);
        mvc.perform(post("/samordning/volontarer/{id}/avstangning", anna.id())
                        .param("reason", "Andra skälet")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.suspension.already"));
        assertThatThrownBy(() -> suspensions.suspend(anna.id(), "Tredje", "test"))
                .isInstanceOf(Suspensions.AlreadySuspended.class);
        // the database itself refuses a second active suspension
        assertThatThrownBy(() -> jdbc.sql(
                                "INSERT INTO volunteer_suspension (id, volunteer_id, reason, suspended_by,"
                                        + " suspended_at, active_volunteer_id) VALUES (?, ?, 'x', 'test', CURRENT_TIMESTAMP, ?)")
                        .params(UUID.randomUUID(), anna.id(), anna.id())
                        .update())
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(suspensions.lift(anna.id(), "samordnare-test")).isTrue();
        assertThat(safeguarding.levelOf(anna.id(), Instant.now())).isZero();
        suspend(anna.id(), "Andra gången");
        assertThat(suspensions.history(anna.id())).hasSize(2).first().satisfies(s -> {
            assertThat(s.isActive()).isTrue();
            assertThat(s.reason()).isEqualTo("Andra gången");
            assertThat(s.suspendedBy()).isEqualTo("samordnare-test");
        });
        assertThat(suspensions.history(anna.id()).get(1).liftedBy()).isEqualTo("samordnare-test");

        var page = Jsoup.parse(mvc.perform(get("/samordning/volontarer/{id}/avstangning", anna.id())
                        .with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#suspension-status").text()).contains("samordnare-test");
        assertThat(page.select("table").text()).contains("Första skälet");
        // an empty reason is refused next to the field
        var other = TestVolunteer.named("Olle Utan").in("stenhamra").insert(jdbc);
        var refused = Jsoup.parse(mvc.perform(post("/samordning/volontarer/{id}/avstangning", other.id())
                        .param("reason", " ")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select("#reason-error").text()).isEqualTo("Skriv skälet till avstängningen");
        assertThat(suspensions.active(other.id())).isEmpty();
    }

    @Test
    void theVolunteerIsToldInTheirLanguageWhomToContactButNotTheReason() throws Exception {
        var sv = TestVolunteer.named("Sara Svensk").in("stenhamra").insert(jdbc);
        var en =
                TestVolunteer.named("Emma English").in("stenhamra").locale("en").insert(jdbc);
        var svId = suspend(sv.id(), "Hemligt internt skäl");
        var enId = suspend(en.id(), "Secret internal reason");
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key IN (?, ?)")
                                        .params("volunteer-suspended:" + svId, "volunteer-suspended:" + enId)
                                        .query(Integer.class)
                                        .single())
                                .isEqualTo(2));
        var svMail = mail("volunteer-suspended:" + svId);
        assertThat(svMail)
                .startsWith(sv.email() + "\nDu får inga uppdrag från Samverka just nu")
                .contains("samordnare@localhost")
                .doesNotContain("Hemligt");
        assertThat(mail("volunteer-suspended:" + enId))
                .startsWith(en.email() + "\nYou will not get tasks")
                .contains("samordnare@localhost")
                .doesNotContain("Secret");
    }

    private UUID suspend(UUID volunteerId, String reason) throws Exception {
        mvc.perform(post("/samordning/volontarer/{id}/avstangning", volunteerId)
                        .param("reason", reason)
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(redirectedUrl("/samordning/volontarer/" + volunteerId + "/avstangning"))
                .andExpect(flash().attribute("flash", "incident.suspension.done"));
        return suspensions.active(volunteerId).orElseThrow().id();
    }

    private Document suggestionsPage(UUID requestId) throws Exception {
        return Jsoup.parse(mvc.perform(
                        get("/samordning/arenden/{id}/volontarer", requestId).with(coordinator))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private int signups(UUID volunteerId) {
        return jdbc.sql("SELECT COUNT(*) FROM effort_signup WHERE volunteer_id = ?")
                .param(volunteerId)
                .query(Integer.class)
                .single();
    }

    private String mail(String key) {
        return jdbc.sql("SELECT recipient, subject, body FROM outbox_message WHERE dedupe_key = ?")
                .param(key)
                .query((rs, i) -> rs.getString(1) + "\n" + rs.getString(2) + "\n" + rs.getString(3))
                .single();
    }
}
