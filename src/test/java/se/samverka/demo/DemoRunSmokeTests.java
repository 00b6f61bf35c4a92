package se.samverka.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.account.TwoStepSignIn;

/**
 * The run command's default: the demo profile on an embedded H2 database (in memory here, a file under ./data
 * in the real run), with demo data, serving its main pages.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoRunSmokeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnH2WithDemoDataAndServesTheMainPages() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM help_request")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM district")
                        .query(Integer.class)
                        .single())
                .isEqualTo(9);
        for (var page : new String[] {"/", "/login", "/integritet", "/bli-volontar", "/be-om-hjalp", "/ideer/ny"}) {
            mvc.perform(get(page)).andExpect(status().isOk());
            mvc.perform(get(page).param("lang", "en")).andExpect(status().isOk());
        }
        // password and the e-mailed code (the second factor is on in the demo; the code is in the Utkorg)
        var coordinator = TwoStepSignIn.signIn(mvc, jdbc, "samordnare", "samordnare", "sam.samordnare@example.se");
        mvc.perform(get("/samordning").cookie(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/samordning/telefon").cookie(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/samordning/matt").cookie(coordinator)).andExpect(status().isOk());
        var requestId = jdbc.sql("SELECT id FROM help_request ORDER BY number LIMIT 1")
                .query(UUID.class)
                .single();
        mvc.perform(get("/samordning/arenden/{id}", requestId).cookie(coordinator))
                .andExpect(status().isOk());
        mvc.perform(get("/samordning/arenden/{id}/volontarer", requestId).cookie(coordinator))
                .andExpect(status().isOk());

        var admin = TwoStepSignIn.signIn(mvc, jdbc, "admin", "admin", "alva.admin@example.se");
        mvc.perform(get("/admin/omraden").cookie(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/utkorg").cookie(admin)).andExpect(status().isOk());
        mvc.perform(get("/admin/coacher").cookie(admin)).andExpect(status().isOk());
        for (var page : new String[] {"/idelabbet", "/idelabbet/tavla", "/idelabbet/ideer"}) {
            mvc.perform(get(page).cookie(admin)).andExpect(status().isOk());
        }
        // the overview's queries on H2, with every part of the filter
        var organisation = jdbc.sql("SELECT id FROM organisation WHERE status = 'APPROVED' ORDER BY name LIMIT 1")
                .query(UUID.class)
                .single();
        var filter =
                "?forvaltning=sof&distrikt=ekero-centrum&fran=2020-01-01&till=2030-12-31&organisation=" + organisation;
        for (var page : new String[] {
            "/samverkan/oversikt",
            "/samverkan/oversikt.csv",
            "/samverkan/oversikt/insatser",
            "/samverkan/oversikt/insatser.csv",
            "/samverkan/oversikt/hanvisningar?utfall=EXPIRED",
            "/samverkan/oversikt/hanvisningar.csv",
            "/samverkan/oversikt/ideer?steg=NEW",
            "/samverkan/oversikt/ideer.csv"
        }) {
            mvc.perform(get(page.contains("?") ? page + filter.replace('?', '&') : page + filter)
                            .cookie(admin))
                    .andExpect(status().isOk());
            mvc.perform(get(page).cookie(admin)).andExpect(status().isOk());
        }
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT stage) FROM idea")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        var coach = TwoStepSignIn.signIn(mvc, jdbc, "coach@example.se", "coach", "coach@example.se");
        mvc.perform(get("/start").cookie(coach)).andExpect(redirectedUrl("/idelabbet"));
        var ideaId = jdbc.sql("SELECT id FROM idea WHERE stage = 'DEVELOPING'")
                .query(UUID.class)
                .single();
        mvc.perform(get("/idelabbet/ideer/{id}", ideaId).cookie(coach)).andExpect(status().isOk());
    }

    @Test
    void theDemoVolunteersAreConfirmedWithTheirConsentAndWereSentNoWelcome() {
        var volunteers = jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE email LIKE '%@example.se'")
                .query(Integer.class)
                .single();
        assertThat(volunteers).isEqualTo(10);
        assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM volunteer v
				WHERE v.email_confirmed_at IS NOT NULL AND v.adult_confirmed AND v.confirmation_token IS NULL
				  AND EXISTS (SELECT 1 FROM consent_record c WHERE c.person_kind = 'VOLUNTEER' AND c.person_id = v.id
				              AND c.purpose = 'VOLUNTEER_REGISTER' AND c.withdrawn_at IS NULL)""").query(Integer.class).single()).isEqualTo(volunteers);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedupe_key LIKE 'registered:%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
				SELECT has_car, ask_frequency, weekday_daytime, weekday_evening, weekend_daytime, weekend_evening
				FROM volunteer WHERE email = 'bertil.ek@example.se'""")
                        .query((rs, i) -> rs.getBoolean(1) + " " + rs.getString(2) + " " + rs.getBoolean(3) + " "
                                + rs.getBoolean(4) + " " + rs.getBoolean(5) + " " + rs.getBoolean(6))
                        .single())
                .isEqualTo("true TWICE_A_MONTH true true true false");
    }

    @Test
    void hasApprovedAssociationsAnApplicationToVetAndPublishedEffortsWithShiftsSoon() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE status = 'APPROVED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organisation WHERE status = 'PENDING'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT form FROM organisation WHERE name = 'Svenska kyrkan Ekerö pastorat'")
                        .query(String.class)
                        .single())
                .isEqualTo("TROSSAMFUND");
        assertThat(jdbc.sql("""
				SELECT a.role FROM account a JOIN organisation_member m ON m.account_id = a.id
				JOIN organisation o ON o.id = m.organisation_id
				WHERE a.username = 'forening@example.se' AND o.name = 'Ekerö Röda Korset-krets'""").query(String.class).single()).isEqualTo("REPRESENTATIVE");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM effort WHERE status = 'PUBLISHED' AND organisation_id IS NOT NULL")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM effort WHERE status = 'PUBLISHED' AND department_id = 'sof'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var today = LocalDate.now();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM effort_shift WHERE shift_date > ? AND shift_date <= ?")
                        .params(today, today.plusDays(14))
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("""
				SELECT s.status FROM effort_signup s JOIN volunteer v ON v.id = s.volunteer_id
				WHERE v.email = 'anna.lindqvist@example.se'""").query(String.class).list()).containsExactly("CONFIRMED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM effort_shift WHERE adult_only = TRUE")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE adult_confirmed = FALSE")
                        .query(Integer.class)
                        .single())
                .isZero();

        var directory = mvc.perform(get("/foreningar"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(directory)
                .contains(
                        "Ekerö Röda Korset-krets",
                        "Färentuna-Hilleshögs hembygdsförening",
                        "Svenska kyrkan Ekerö pastorat")
                .doesNotContain("Stenhamra IF");
        var listing = mvc.perform(get("/insatser"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(listing).contains("Besöksvän på Ekebyhovs äldreboende", "Matkassar till hushåll i karantän");
    }

    @Test
    void hasTwoDepartmentRepresentativesAndAgreementsSomeEndingWithin90Days() throws Exception {
        var today = LocalDate.now();
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT type) FROM agreement")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement WHERE status = 'ACTIVE' AND ends_on BETWEEN ? AND ?")
                        .params(today, today.plusDays(90))
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement_follow_up")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        var representative =
                TwoStepSignIn.signIn(mvc, jdbc, "representant@example.se", "representant", "representant@example.se");
        mvc.perform(get("/start").cookie(representative)).andExpect(redirectedUrl("/samverkan"));
        assertThat(mvc.perform(get("/samverkan").cookie(representative))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("IOP Besöksvänner för äldre");
        assertThat(mvc.perform(get("/samverkan/representanter").cookie(representative))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Rebecka Representant", "kultur@example.se");
        mvc.perform(get("/samverkan/avtal").cookie(representative)).andExpect(status().isOk());
        var culture = TwoStepSignIn.signIn(mvc, jdbc, "kultur@example.se", "kultur", "kultur@example.se");
        mvc.perform(get("/start").cookie(culture)).andExpect(redirectedUrl("/samverkan"));
    }
}
