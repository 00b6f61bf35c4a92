package se.samverka.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.TestVolunteer;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;

/**
 * Feedback after a task: the volunteer's once after marking it done, the resident's by phone, the resident's SMS
 * reply to the follow-up question; poor feedback is suggested on the incident list and can open an incident.
 */
@IntegrationTest
class FeedbackTests {

    static final String SECRET = TestSettings.SMS_WEBHOOK_SECRET;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    final RequestPostProcessor coordinator = authentication(IncidentFixtures.as(IncidentFixtures.coordinator()));

    @Test
    void aVolunteerGivesFeedbackOnceAfterMarkingTheTaskDoneAndPoorFeedbackCanOpenAnIncident() throws Exception {
        var district = IncidentFixtures.district(districts, "Återkopplingsholmen");
        var vera = TestVolunteer.named("Vera Återkoppling").in(district).insert(jdbc);
        var bert = TestVolunteer.named("Bert Främling").in(district).insert(jdbc);
        var request = helpRequests.submit(IncidentFixtures.shopping("Rut Betyg", district, "08-560 391 00"), "test");
        mvc.perform(post("/samordning/arenden/{id}/tilldela", request.id())
                        .param("volunteerId", vera.id().toString())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "task.assigned"));
        var assignment = jdbc.sql("SELECT id FROM assignment WHERE request_id = ?")
                .param(request.id())
                .query(UUID.class)
                .single();
        var me = authentication(IncidentFixtures.as(vera.user()));
        var url = "/mina-sidor/uppdrag/" + assignment + "/aterkoppling";
        mvc.perform(get(url).with(me)).andExpect(status().isNotFound());

        mvc.perform(post("/mina-sidor/uppdrag/{id}/klart", assignment)
                        .param("note", "Klart")
                        .param("minutes", "30")
                        .with(me)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "task.task.doneThanks"))
                .andExpect(flash().attribute("feedbackAssignmentId", assignment));
        mvc.perform(get(url).with(authentication(IncidentFixtures.as(bert.user()))))
                .andExpect(status().isNotFound());
        var form = page(get(url).with(me));
        assertThat(form.select("input[name=rating]").eachAttr("value")).containsExactly("1", "2", "3", "4", "5");

        var empty = page(post(url).with(me).with(csrf()));
        assertThat(empty.select("#text-error").text()).isEqualTo("Ge ett betyg eller skriv något");
        var badRating = page(
                post(url).param("rating", "9").param("text", "Bra").with(me).with(csrf()));
        assertThat(badRating.select("#rating-error").text()).isEqualTo("Välj ett betyg från 1 till 5");
        assertThat(badRating.select("textarea[name=text]").text()).isEqualTo("Bra");

        mvc.perform(post(url)
                        .param("rating", "2")
                        .param("text", "Hunden skällde och ingen öppnade först.")
                        .with(me)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.feedback.thanks"));
        mvc.perform(post(url).param("rating", "5").with(me).with(csrf()))
                .andExpect(flash().attribute("flash", "incident.feedback.already"));
        assertThat(page(get(url).with(me)).select("#feedback-given")).isNotEmpty();

        var feedbackId = jdbc.sql("SELECT id FROM task_feedback WHERE assignment_id = ?")
                .param(assignment)
                .query(UUID.class)
                .single();
        var requestPage =
                page(get("/samordning/arenden/{id}/aterkoppling", request.id()).with(coordinator));
        assertThat(requestPage.select("#feedback-list").text())
                .contains("Volontären", "Vera Återkoppling", "betyg 2 av 5", "Hunden skällde");
        var open = "/samordning/incidenter/ny?aterkoppling=" + feedbackId;
        assertThat(page(get("/samordning/incidenter").with(coordinator))
                        .select("#incident-suggestions a")
                        .eachAttr("href"))
                .contains(open);

        var prefilled = page(get("/samordning/incidenter/ny")
                .param("aterkoppling", feedbackId.toString())
                .with(coordinator));
        assertThat(prefilled.select("textarea[name=description]").text())
                .isEqualTo("Hunden skällde och ingen öppnade först.");
        assertThat(prefilled.select("input[name=feedbackId]").val()).isEqualTo(feedbackId.toString());
        mvc.perform(post("/samordning/incidenter/ny")
                        .param("kind", "COMPLAINT")
                        .param("description", "Hunden skällde")
                        .param("occurredOn", LocalDate.now().toString())
                        .param("requestId", request.id().toString())
                        .param("volunteerId", vera.id().toString())
                        .param("feedbackId", feedbackId.toString())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.reported"));
        assertThat(jdbc.sql("SELECT incident_id FROM task_feedback WHERE id = ?")
                        .param(feedbackId)
                        .query(UUID.class)
                        .single())
                .isNotNull();
        assertThat(page(get("/samordning/incidenter").with(coordinator))
                        .select("#incident-suggestions a")
                        .eachAttr("href"))
                .doesNotContain(open);
    }

    @Test
    void aCoordinatorWritesDownTheResidentsFeedbackTakenByPhone() throws Exception {
        var district = IncidentFixtures.district(districts, "Telefonholmen");
        var request = helpRequests.submit(IncidentFixtures.shopping("Rut Telefon", district, "08-560 391 00"), "test");
        var url = "/samordning/arenden/" + request.id() + "/aterkoppling";
        assertThat(page(get(url).with(coordinator)).select("#feedback-empty")).isNotEmpty();
        var refused = page(post(url).param("text", " ").with(coordinator).with(csrf()));
        assertThat(refused.select("#error-summary li").eachText()).containsExactly("Ge ett betyg eller skriv något");

        mvc.perform(post(url)
                        .param("rating", "5")
                        .param("text", "Jättesnäll volontär!")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.feedback.recorded"));
        var shown = page(get(url).with(coordinator));
        assertThat(shown.select("#feedback-list").text())
                .contains("Den boende per telefon", "betyg 5 av 5", "Jättesnäll volontär!");
        assertThat(page(get(url).param("lang", "en").with(coordinator))
                        .select("#feedback-list")
                        .text())
                .contains("The resident by phone", "rating 5 of 5");
        assertThat(jdbc.sql("SELECT given_by FROM task_feedback WHERE request_id = ?")
                        .param(request.id())
                        .query(String.class)
                        .single())
                .isEqualTo("samordnare-test");
        // good feedback suggests no incident
        assertThat(page(get("/samordning/incidenter").with(coordinator))
                        .select("#incident-suggestions")
                        .text())
                .doesNotContain("Jättesnäll volontär!");
    }

    @Test
    void aFreeTextSmsAfterTheFollowUpIsTheResidentsFeedbackAndANoIsSuggestedAsAnIncident() throws Exception {
        var district = IncidentFixtures.district(districts, "Smsholmen");
        var mobile = "+4673" + ThreadLocalRandom.current().nextInt(2_000_000, 10_000_000);
        var request = helpRequests.submit(IncidentFixtures.shopping("Rut Sms", district, mobile), "test");
        helpRequests.markAssigned(request.id(), "test", "Vera");
        helpRequests.markDone(request.id(), "Vera", null);
        mvc.perform(post("/samordning/arenden/{id}/fraga-via-sms", request.id())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.followUpAsked"));

        sms(mobile, "Hon var jättesnäll men glömde kvittot");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> feedback(request.id()).size() == 1);
        assertThat(feedback(request.id())).containsExactly("RESIDENT_SMS|Hon var jättesnäll men glömde kvittot|false");
        sms(mobile, "NEJ");
        await().atMost(Duration.ofSeconds(15))
                .until(() -> feedback(request.id()).size() == 2);
        assertThat(feedback(request.id())).contains("RESIDENT_SMS|NEJ|true");

        var page =
                page(get("/samordning/arenden/{id}/aterkoppling", request.id()).with(coordinator));
        assertThat(page.select("#feedback-list").text())
                .contains(
                        "Den boende per sms", "Hon var jättesnäll men glömde kvittot", "svarade NEJ, fick inte hjälp");
        var saidNo = jdbc.sql("SELECT id FROM task_feedback WHERE request_id = ? AND resident_said_no")
                .param(request.id())
                .query(UUID.class)
                .single();
        assertThat(page(get("/samordning/incidenter").with(coordinator))
                        .select("#incident-suggestions a")
                        .eachAttr("href"))
                .contains("/samordning/incidenter/ny?aterkoppling=" + saidNo);
    }

    private void sms(String from, String message) throws Exception {
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .queryParam("secret", SECRET)
                        .param("id", "s" + UUID.randomUUID().toString().replace("-", ""))
                        .param("from", from)
                        .param("to", "+46766861001")
                        .param("message", message))
                .andExpect(status().isOk());
    }

    private List<String> feedback(UUID requestId) {
        return jdbc.sql(
                        "SELECT source, text, resident_said_no FROM task_feedback WHERE request_id = ? ORDER BY given_at")
                .param(requestId)
                .query((rs, i) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getBoolean(3))
                .list();
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
