package se.samverka.operations;

import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/**
 * The health endpoints as a load balancer and an operator see them. Nothing listens on the test SMTP port in this
 * class (no GreenMail here), so the mail server is down throughout.
 */
@IntegrationTest
class HealthEndpointTests {

    @Autowired
    MockMvc mvc;

    @Test
    void mailServerDownLeavesTheServiceUpAndShowsOnTheMailComponent() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.mail.status").value("UNREACHABLE"))
                .andExpect(jsonPath("$.components.sms.status").value("UNKNOWN"));
    }

    @Test
    void anonymousCallersSeeStatusesButNoDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.details").doesNotExist())
                .andExpect(jsonPath("$.components.mail.details").doesNotExist());
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void administratorsSeeDetailsWithoutAStackTrace() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
                .andExpect(jsonPath("$.components.mail.details.error").value(not(Matchers.containsString("\tat "))))
                .andExpect(jsonPath("$.components.mail.details.error")
                        .value(Matchers.containsString("MailConnectException")));
    }

    @Test
    void theScrapersTokenShowsDetailsToo() throws Exception {
        mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + PrometheusScrapeTests.TOKEN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
    }

    @Test
    void readinessDependsOnTheDatabaseOnly() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"))
                .andExpect(jsonPath("$.components.mail").doesNotExist())
                .andExpect(jsonPath("$.components.sms").doesNotExist());
    }

    @Test
    void livenessIsUpWithoutAskingTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db").doesNotExist());
    }

    @Test
    void otherActuatorEndpointsAreNotReachable() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());
        mvc.perform(get("/actuator/beans")).andExpect(status().is4xxClientError());
    }
}
