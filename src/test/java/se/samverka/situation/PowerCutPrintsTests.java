package se.samverka.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.situation.SituationFixtures.COORDINATOR;
import static se.samverka.situation.SituationFixtures.STOCKHOLM;
import static se.samverka.situation.SituationFixtures.as;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.crisis.Crises;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.shared.HelpKind;

/**
 * The power-cut prints: what is on the paper, the "printed by" footer, one audit entry per person on it, field errors
 * for bad input; and only coordinators and administrators reach them and the reports (volunteers and association
 * members are refused).
 */
@IntegrationTest
class PowerCutPrintsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Crises crises;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Efforts efforts;

    @Autowired
    Districts districts;

    SituationFixtures data;
    String district;
    String districtName;

    @BeforeEach
    void setUp() {
        data = new SituationFixtures(mvc, jdbc, crises, helpRequests, efforts);
        districtName = "Strömlösa " + UUID.randomUUID().toString().substring(0, 6);
        district = districts.save(null, districtName, 652000, 6582000, 992, Set.of());
    }

    @Test
    void theResidentsPrintListsWhoWaitsWithNumberAddressAndNeedAndIsAudited() throws Exception {
        var waiting = data.request("Greta Väntar", district, HelpKind.SHOPPING, "Vatten och batterier");
        var helper = volunteer("Harry Hjälper");
        var taken = data.request("Ingrid Tilldelad", district, HelpKind.SHOPPING, "Mat");
        data.assign(taken, helper.id());

        var text = pdfText("/samordning/lagesrapport/utskrifter/hjalpsokande.pdf?omrade=" + district);
        assertThat(text)
                .contains("Hjälpsökande i " + districtName, "Greta Väntar", "08-560 391 00", "Lönnvägen 3")
                .contains("Vatten och batterier", "Utskrivet av Sam Ordnare")
                .doesNotContain("Ingrid Tilldelad");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND action = 'EXPORT'"
                                + " AND purpose = 'crisis.power-cut-print' AND actor = 'lage-samordnare'")
                        .param(waiting)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND purpose = 'crisis.power-cut-print'")
                        .param(taken)
                        .query(Integer.class)
                        .single())
                .as("a resident not on the paper is not in the log")
                .isZero();
    }

    @Test
    void theShiftsPrintListsWhoIsRosteredWithTheirNumbersAndIsAudited() throws Exception {
        var today = LocalDate.now(STOCKHOLM);
        var shift = data.shift(district, today.atTime(10, 0).atZone(STOCKHOLM).toInstant(), 120, 3);
        var rostered = volunteer("Rut Rostrad");
        data.confirm(shift, rostered.id());

        var text = pdfText("/samordning/lagesrapport/utskrifter/pass.pdf?datum=" + today);
        assertThat(text)
                .contains("Pass " + today, "10:00", "Vattenutdelning", "Skolan, " + districtName)
                .contains("Rut Rostrad, 070-123 45 67", "Utskrivet av Sam Ordnare");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND action = 'EXPORT'"
                                + " AND purpose = 'crisis.power-cut-print'")
                        .param(rostered.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void badInputShowsThePageAgainWithTheErrorAtTheField() throws Exception {
        var badDate = page("/samordning/lagesrapport/utskrifter/pass.pdf?datum=31-12");
        assertThat(badDate.select("#datum-error").text()).startsWith("Skriv datumet som år-månad-dag");
        assertThat(badDate.select("#datum").val()).isEqualTo("31-12");
        assertThat(badDate.select("#error-summary a[href=#datum]")).hasSize(1);
        var unknown = page("/samordning/lagesrapport/utskrifter/hjalpsokande.pdf?omrade=finns-inte");
        assertThat(unknown.select("#omrade-error").text()).isEqualTo("Området finns inte. Välj ett i listan.");
        var missing = page("/samordning/lagesrapport/utskrifter/hjalpsokande.pdf");
        assertThat(missing.select("#omrade-error").text()).isEqualTo("Välj ett område.");
    }

    @Test
    void volunteersAndAssociationMembersAreRefusedEverywhere() throws Exception {
        var volunteer = volunteer("Vanja Volontär").user();
        var member = new SamverkaUser(UUID.randomUUID(), "forening-lage", "x", Role.REPRESENTATIVE, "Fia", true);
        var paths = List.of(
                "/samordning/lagesrapport",
                "/samordning/lagesrapport/" + UUID.randomUUID(),
                "/samordning/lagesrapport/" + UUID.randomUUID() + "/lagesrapport.pdf",
                "/samordning/lagesrapport/utskrifter",
                "/samordning/lagesrapport/utskrifter/pass.pdf",
                "/samordning/lagesrapport/utskrifter/hjalpsokande.pdf?omrade=" + district);
        for (var user : List.of(volunteer, member)) {
            for (var path : paths) {
                mvc.perform(get(path).with(authentication(as(user)))).andExpect(status().isForbidden());
            }
            mvc.perform(post("/samordning/lagesrapport").with(csrf()).with(authentication(as(user))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/samordning/lagesrapport/utskrifter/pass.pdf")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/samordning/lagesrapport/" + UUID.randomUUID()).with(authentication(as(COORDINATOR))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/samordning/lagesrapport/inte-ett-id").with(authentication(as(COORDINATOR))))
                .andExpect(status().isNotFound());
    }

    private String pdfText(String path) throws Exception {
        var reader = new PdfReader(data.download(path, COORDINATOR));
        var text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }

    private org.jsoup.nodes.Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(authentication(as(COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private TestVolunteer.Created volunteer(String name) {
        return TestVolunteer.named(name)
                .in(district)
                .email("p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se")
                .adult(true)
                .insert(jdbc);
    }
}
