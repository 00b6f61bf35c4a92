package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.volunteer.VolunteerFixtures.as;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.volunteer.VolunteerFixtures.Signed;

@IntegrationTest
class LeavingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OneTimeTokenService oneTimeTokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Signups signups;

    @Autowired
    Volunteers volunteers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ConfigurableApplicationContext context;

    LeavingWitness witness;

    /** Listens at run time, so that this class shares the suite's context instead of adding a bean to its own. */
    @BeforeEach
    void listen() {
        witness = new LeavingWitness(jdbc);
        context.addApplicationListener(witness);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(witness);
    }

    @Test
    void theDeletePageSaysWhatGoesAndWhatStays() throws Exception {
        var me = newVolunteer();
        var html = mvc.perform(get("/mina-sidor/profil/ta-bort").with(as(me.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var page = Jsoup.parse(html);
        assertThat(page.text())
                .contains(
                        "Det här tar vi bort",
                        "Din profil",
                        "Ditt konto",
                        "Förfrågningar om uppdrag",
                        "Det här finns kvar, och varför",
                        "utan ditt namn",
                        "arkivlagen",
                        "redan har skickat");
        assertThat(page.select("form[action=/mina-sidor/profil/ta-bort] input[type=checkbox][name=understood]"))
                .hasSize(1);
    }

    @Test
    void withoutIUnderstandNothingIsDeleted() throws Exception {
        var me = newVolunteer();
        var html = mvc.perform(post("/mina-sidor/profil/ta-bort")
                        .param("_understood", "on")
                        .with(csrf())
                        .with(as(me.user())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select("#error-summary").text())
                .contains("Kryssa i att du förstår vad som tas bort");
        assertThat(volunteers.find(me.profile().id())).isPresent();
        assertThat(accounts.findByUsername(me.email())).isPresent();
    }

    @Test
    void leavingTellsTheOtherModulesFirstThenRemovesEverythingAndLogsOut() throws Exception {
        var me = newVolunteer();
        var id = me.profile().id();
        // a real login (one-time link), so that the session is the one Spring Session stores in the database
        var token = oneTimeTokens.generate(new GenerateOneTimeTokenRequest(me.email()));
        var cookies = mvc.perform(
                        post("/login/ott").param("token", token.getTokenValue()).with(csrf()))
                .andExpect(redirectedUrl("/start"))
                .andReturn()
                .getResponse()
                .getCookies();
        mvc.perform(get("/mina-sidor/profil").cookie(cookies)).andExpect(status().isOk());

        mvc.perform(post("/mina-sidor/profil/ta-bort")
                        .param("understood", "true")
                        .cookie(cookies)
                        .with(csrf()))
                .andExpect(redirectedUrl("/bli-volontar/hej-da"));

        // listeners ran synchronously, inside the deleting transaction, while the volunteer still existed
        assertThat(witness.seen).containsEntry(id, "in transaction, volunteer present");
        assertThat(volunteers.find(id)).isEmpty();
        for (var table : new String[] {"volunteer_district", "volunteer_help_kind", "volunteer_language"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE volunteer_id = ?")
                            .param(id)
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
        assertThat(accounts.findByUsername(me.email())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account WHERE id = ?")
                        .param(me.user().accountId())
                        .query(Integer.class)
                        .single())
                .isZero();
        // logged out: the same session cookie no longer opens Mina sidor
        mvc.perform(get("/mina-sidor/profil").cookie(cookies)).andExpect(status().is3xxRedirection());

        var bye = mvc.perform(get("/bli-volontar/hej-da"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bye).contains("Ditt konto är borttaget");
    }

    private Signed newVolunteer() {
        return VolunteerFixtures.signUp(signups, accounts, volunteers);
    }

    /** Stands in for the modules that react to a volunteer leaving. */
    static class LeavingWitness implements ApplicationListener<ApplicationEvent> {

        final Map<UUID, String> seen = new ConcurrentHashMap<>();
        private final JdbcClient jdbc;

        LeavingWitness(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof VolunteerLeaving leaving) {
                on(leaving);
            }
        }

        void on(VolunteerLeaving event) {
            var present = jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE id = ?")
                            .param(event.volunteerId())
                            .query(Integer.class)
                            .single()
                    == 1;
            seen.put(
                    event.volunteerId(),
                    (TransactionSynchronizationManager.isActualTransactionActive()
                                    ? "in transaction"
                                    : "outside transaction")
                            + ", volunteer " + (present ? "present" : "gone"));
        }
    }
}
