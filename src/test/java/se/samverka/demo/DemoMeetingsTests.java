package se.samverka.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.account.TwoStepSignIn;

/** The demo's meetings on H2, configured as DemoRunSmokeTests so that both share one application context. */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:demo-smoke;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "spring.datasource.username=sa",
            "spring.datasource.password="
        })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoMeetingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoHasHeldAndUpcomingMeetingsWithAWaitingListAndActions() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting").query(Integer.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE status = 'WAITING'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_registration WHERE attended = TRUE")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT status, COUNT(*) FROM meeting_action GROUP BY status ORDER BY status")
                        .query((rs, n) -> rs.getString(1) + rs.getInt(2))
                        .list())
                .containsExactly("DONE2", "OPEN2");
        var coach = TwoStepSignIn.signIn(mvc, jdbc, "coach@example.se", "coach", "coach@example.se");
        for (var page :
                new String[] {"/samverkan/moten", "/samverkan/atgarder", "/samverkan/moten?kind=NETWORK&held=true"}) {
            mvc.perform(get(page).cookie(coach)).andExpect(status().isOk());
        }
        for (var id : jdbc.sql("SELECT id FROM meeting").query(UUID.class).list()) {
            mvc.perform(get("/samverkan/moten/{id}", id).cookie(coach)).andExpect(status().isOk());
            mvc.perform(get("/samverkan/moten/{id}/bjud-in", id).cookie(coach)).andExpect(status().isOk());
            mvc.perform(get("/samverkan/moten/{id}/kalender.ics", id).cookie(coach))
                    .andExpect(status().isOk());
        }
    }
}
