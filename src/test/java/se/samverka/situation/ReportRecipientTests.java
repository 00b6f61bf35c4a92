package se.samverka.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.situation.SituationFixtures.COORDINATOR;
import static se.samverka.situation.SituationFixtures.as;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.crisis.Crises;
import se.samverka.effort.Efforts;
import se.samverka.helprequest.HelpRequests;

/**
 * The krisledning's address is set on the reports page, checked next to the field in the coordinator's language, and
 * the next report's e-mail goes to it; empty means no e-mail.
 */
@IntegrationTest
class ReportRecipientTests {

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
    SituationReports reports;

    SituationFixtures data;

    @BeforeEach
    void setUp() {
        data = new SituationFixtures(mvc, jdbc, crises, helpRequests, efforts);
        jdbc.sql("DELETE FROM situation_setting").update();
    }

    @AfterEach
    void tearDown() {
        data.endAnyCrisis();
        jdbc.sql("DELETE FROM situation_setting").update();
    }

    @Test
    void theAddressSetOnThePageGetsTheNextReport() throws Exception {
        mvc.perform(post("/samordning/lagesrapport/mottagare")
                        .param("mailTo", "  Krisledning@Ekero.example.se ")
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andExpect(status().is3xxRedirection());

        var page = page(Locale.forLanguageTag("sv"));
        assertThat(page.select("#situation-mail-to").text()).contains("krisledning@ekero.example.se");
        assertThat(page.select("#situation-recipient-changed").text()).contains("Sam Ordnare");

        data.startCrisis("Storm " + UUID.randomUUID().toString().substring(0, 6));
        var id = reports.generate("Test", Instant.now()).orElseThrow();
        assertThat(jdbc.sql("SELECT recipient FROM outbox_message WHERE dedupe_key = ?")
                        .param("situation-report:" + id)
                        .query(String.class)
                        .list())
                .containsExactly("krisledning@ekero.example.se");
    }

    @Test
    void aWrongAddressIsShownNextToTheFieldAsTypedAndNothingChanges() throws Exception {
        for (var language : new String[] {"sv", "en"}) {
            var result = mvc.perform(post("/samordning/lagesrapport/mottagare")
                            .param("mailTo", "krisledning på kommunen")
                            .param("lang", language)
                            .with(csrf())
                            .with(authentication(as(COORDINATOR))))
                    .andExpect(status().isOk())
                    .andReturn();
            var html = Jsoup.parse(result.getResponse().getContentAsString());
            assertThat(html.select("#mailTo").val()).isEqualTo("krisledning på kommunen");
            assertThat(html.select("#mailTo").attr("aria-invalid")).isEqualTo("true");
            assertThat(html.select("#mailTo-error").text())
                    .isEqualTo(
                            language.equals("sv")
                                    ? "Skriv en e-postadress, till exempel krisledning@kommun.se, eller lämna fältet tomt."
                                    : "Enter an e-mail address, for example crisis@municipality.se, or leave the field empty.");
            assertThat(html.select("#situation-recipient").hasAttr("open")).isTrue();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM situation_setting")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmptyAddressSendsNoReportByMail() throws Exception {
        mvc.perform(post("/samordning/lagesrapport/mottagare")
                        .param("mailTo", "krisledning@ekero.example.se")
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/samordning/lagesrapport/mottagare")
                        .param("mailTo", " ")
                        .with(csrf())
                        .with(authentication(as(COORDINATOR))))
                .andExpect(status().is3xxRedirection());

        assertThat(page(Locale.forLanguageTag("en"))
                        .select("#situation-no-mail")
                        .text())
                .isEqualTo("No e-mail address of the crisis management is set, so the reports are not e-mailed."
                        + " Set it below.");
        data.startCrisis("Översvämning " + UUID.randomUUID().toString().substring(0, 6));
        var id = reports.generate("Test", Instant.now()).orElseThrow();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key = ?")
                        .param("situation-report:" + id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private org.jsoup.nodes.Document page(Locale locale) throws Exception {
        var html = mvc.perform(get("/samordning/lagesrapport")
                        .param("lang", locale.getLanguage())
                        .with(authentication(as(COORDINATOR))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
