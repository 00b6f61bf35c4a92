package se.samverka.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;

/**
 * Coordinators report, handle and close incidents, also on a resident's behalf; volunteers report about their
 * own tasks and see the status of what they reported, never the handling log. Viewing is audited.
 */
@IntegrationTest
class IncidentTests {

    /** The application's clock counts days in Stockholm; the test machine may be on UTC, an hour behind. */
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Incidents incidents;

    final RequestPostProcessor coordinator = authentication(IncidentFixtures.as(IncidentFixtures.coordinator()));

    @Test
    void aCoordinatorReportsOnAResidentsBehalfLogsAndClosesTheIncident() throws Exception {
        var district = IncidentFixtures.district(districts, "Incidentholmen");
        var vera = TestVolunteer.named("Vera Uteblev").in(district).insert(jdbc);
        var request = helpRequests.submit(IncidentFixtures.shopping("Rut Väntade", district, "08-560 391 00"), "test");

        var form = page(get("/samordning/incidenter/ny")
                .param("arende", request.id().toString())
                .param("volontar", vera.id().toString())
                .with(coordinator));
        assertThat(form.select("#incident-request").text()).isEqualTo("Gäller ärende #" + request.number());
        assertThat(form.select("#incident-volunteer").text()).isEqualTo("Gäller volontären Vera Uteblev");
        assertThat(form.select("input[name=kind]").eachAttr("value"))
                .containsExactly("NO_SHOW", "SUSPECTED_FRAUD", "ACCIDENT", "COMPLAINT", "OTHER");

        // missing kind and text, a date in the future: errors next to the fields, what was typed kept
        var refused = page(post("/samordning/incidenter/ny")
                .param("requestId", request.id().toString())
                .param("volunteerId", vera.id().toString())
                .param("description", " ")
                .param("occurredOn", LocalDate.now(STOCKHOLM).plusDays(1).toString())
                .with(coordinator)
                .with(csrf()));
        assertThat(refused.select("#error-summary li").eachText())
                .containsExactlyInAnyOrder(
                        "Välj vad det gäller", "Beskriv vad som hände", "Datumet kan inte ligga i framtiden");
        assertThat(refused.select("#occurredOn-error").text()).isEqualTo("Datumet kan inte ligga i framtiden");
        assertThat(refused.select("input[name=requestId]").val())
                .isEqualTo(request.id().toString());

        var location = mvc.perform(post("/samordning/incidenter/ny")
                        .param("kind", "NO_SHOW")
                        .param("description", "Volontären kom aldrig, Rut väntade hela förmiddagen.")
                        .param("occurredOn", LocalDate.now(STOCKHOLM).toString())
                        .param("requestId", request.id().toString())
                        .param("volunteerId", vera.id().toString())
                        .param("onBehalfOfResident", "true")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.reported"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(location.substring("/samordning/incidenter/".length()));
        var incident = incidents.find(id).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.NEW);
        assertThat(incident.requestId()).isEqualTo(request.id());
        assertThat(incident.volunteerId()).isEqualTo(vera.id());
        assertThat(incident.onBehalfOfResident()).isTrue();
        assertThat(incident.reportedBy()).isEqualTo("samordnare-test");

        var detail = page(get(location).with(coordinator));
        assertThat(detail.select("#incident-status").text()).isEqualTo("Ny");
        assertThat(detail.select("#incident-description").text()).startsWith("Volontären kom aldrig");
        // the view is audited for each person the incident concerns
        assertThat(jdbc.sql("SELECT subject_kind FROM audit_log WHERE purpose = 'incident.handling' AND action = 'VIEW'"
                                + " AND subject_id IN (?, ?)")
                        .params(vera.id(), request.id())
                        .query(String.class)
                        .list())
                .contains("VOLUNTEER", "RESIDENT");

        mvc.perform(post(location + "/logg")
                        .param("entry", "Ringde Vera, hon hade glömt.")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.log.added"));
        assertThat(incidents.find(id).orElseThrow().status()).isEqualTo(IncidentStatus.IN_PROGRESS);
        var empty = page(
                post(location + "/stang").param("outcome", "").with(coordinator).with(csrf()));
        assertThat(empty.select("#outcome-error").text()).isEqualTo("Skriv utfallet");
        mvc.perform(post(location + "/stang")
                        .param("outcome", "Vera har fått en påminnelse.")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.closed"));
        mvc.perform(post(location + "/logg")
                        .param("entry", "För sent")
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.alreadyClosed"));

        var closed = incidents.find(id).orElseThrow();
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo("Vera har fått en påminnelse.");
        assertThat(incidents.log(id))
                .extracting(LogEntry::text, LogEntry::newStatus, LogEntry::writtenBy)
                .containsExactly(
                        Tuple.tuple("Ringde Vera, hon hade glömt.", IncidentStatus.IN_PROGRESS, "samordnare-test"),
                        Tuple.tuple("Vera har fått en påminnelse.", IncidentStatus.CLOSED, "samordnare-test"));
        var english = page(get(location).param("lang", "en").with(coordinator));
        assertThat(english.select("#incident-status").text()).isEqualTo("Closed");
        assertThat(english.select("h1").text()).isEqualTo("Incident: No-show");
        assertThat(english.select("#log-form")).isEmpty();
    }

    @Test
    void theListFiltersByStatusAndKindAndPages() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var open = incidents.report(new NewIncident(
                IncidentKind.SUSPECTED_FRAUD,
                "Öppen " + tag,
                LocalDate.now(STOCKHOLM),
                null,
                null,
                null,
                "samordnare-test",
                false,
                null));
        var closed = incidents.report(new NewIncident(
                IncidentKind.SUSPECTED_FRAUD,
                "Stängd " + tag,
                LocalDate.now(STOCKHOLM),
                null,
                null,
                null,
                "samordnare-test",
                false,
                null));
        incidents.close(closed, "Inget bedrägeri", "samordnare-test");

        var fraudClosed = page(get("/samordning/incidenter")
                .param("status", "CLOSED")
                .param("kind", "SUSPECTED_FRAUD")
                .with(coordinator));
        var links = fraudClosed.select("#incident-list a").eachAttr("href");
        assertThat(links).contains("/samordning/incidenter/" + closed).doesNotContain("/samordning/incidenter/" + open);
        assertThat(fraudClosed.select("#filter-status option[selected]").val()).isEqualTo("CLOSED");
        assertThat(page(get("/samordning/incidenter").param("status", "NEW").with(coordinator))
                        .select("#incident-list a")
                        .eachAttr("href"))
                .doesNotContain("/samordning/incidenter/" + closed);

        for (int i = 0; i <= IncidentController.PAGE_SIZE; i++) {
            incidents.report(new NewIncident(
                    IncidentKind.OTHER,
                    "Många " + tag,
                    LocalDate.now(STOCKHOLM),
                    null,
                    null,
                    null,
                    "samordnare-test",
                    false,
                    null));
        }
        var first = page(get("/samordning/incidenter").param("kind", "OTHER").with(coordinator));
        assertThat(first.select("#incident-list tbody tr")).hasSize(IncidentController.PAGE_SIZE);
        assertThat(first.select(".pagination a").eachAttr("href")).anyMatch(h -> h.contains("sida=2"));
        var second = page(get("/samordning/incidenter")
                .param("kind", "OTHER")
                .param("sida", "2")
                .with(coordinator));
        assertThat(second.select("#incident-list tbody tr")).isNotEmpty();
        assertThat(page(get("/samordning/incidenter").param("lang", "en").with(coordinator))
                        .select("h1")
                        .text())
                .isEqualTo("Incidents");
    }

    @Test
    void aVolunteerReportsAboutTheirTaskAndSeesTheStatusButNeverTheLog() throws Exception {
        var district = IncidentFixtures.district(districts, "Rapportholmen");
        var alva = TestVolunteer.named("Alva Rapport").in(district).insert(jdbc);
        var bert = TestVolunteer.named("Bert Annan").in(district).insert(jdbc);
        var request = helpRequests.submit(IncidentFixtures.shopping("Rut Rapport", district, "08-560 391 00"), "test");
        mvc.perform(post("/samordning/arenden/{id}/tilldela", request.id())
                        .param("volunteerId", alva.id().toString())
                        .with(coordinator)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "task.assigned"));
        var assignment = jdbc.sql("SELECT id FROM assignment WHERE request_id = ?")
                .param(request.id())
                .query(UUID.class)
                .single();
        var me = authentication(IncidentFixtures.as(alva.user()));
        var bertAuth = authentication(IncidentFixtures.as(bert.user()));

        var form = page(get("/mina-sidor/incidenter/ny")
                .param("uppdrag", assignment.toString())
                .with(me));
        assertThat(form.select("select[name=assignmentId] option[selected]").val())
                .isEqualTo(assignment.toString());
        assertThat(form.select("select[name=assignmentId] option[selected]").text())
                .isEqualTo("#" + request.number());
        // another volunteer cannot report about Alva's task
        var foreign = page(post("/mina-sidor/incidenter/ny")
                .param("kind", "COMPLAINT")
                .param("description", "x")
                .param("occurredOn", LocalDate.now(STOCKHOLM).toString())
                .param("assignmentId", assignment.toString())
                .with(bertAuth)
                .with(csrf()));
        assertThat(foreign.select("#assignmentId-error").text()).isEqualTo("Välj ett av dina egna uppdrag");

        var location = mvc.perform(post("/mina-sidor/incidenter/ny")
                        .param("kind", "SUSPECTED_FRAUD")
                        .param("description", "Någon ringde och bad om kortkoden.")
                        .param("occurredOn", LocalDate.now(STOCKHOLM).toString())
                        .param("assignmentId", assignment.toString())
                        .with(me)
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "incident.my.reported"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(location.substring("/mina-sidor/incidenter/".length()));
        var incident = incidents.find(id).orElseThrow();
        assertThat(incident.reporterVolunteerId()).isEqualTo(alva.id());
        assertThat(incident.requestId()).isEqualTo(request.id());
        incidents.addLog(id, "Intern anteckning om polisanmälan", "samordnare-test");

        var mine = page(get(location).with(me));
        assertThat(mine.select("#my-incident-status").text()).isEqualTo("Under hantering");
        assertThat(mine.text()).doesNotContain("Intern anteckning").contains("Någon ringde och bad om kortkoden.");
        assertThat(page(get("/mina-sidor/incidenter").with(me))
                        .select("#my-incidents a")
                        .eachAttr("href"))
                .contains(location);
        mvc.perform(get(location).with(bertAuth)).andExpect(status().isNotFound());
        assertThat(page(get("/mina-sidor/incidenter").with(bertAuth))
                        .select("#my-incidents-empty")
                        .text())
                .startsWith("Du har inte rapporterat något.");
        mvc.perform(get("/samordning/incidenter").with(me)).andExpect(status().isForbidden());
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }
}
