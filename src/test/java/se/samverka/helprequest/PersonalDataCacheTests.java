package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.posting;
import static se.samverka.helprequest.HelpRequestFixtures.validForm;
import static se.samverka.helprequest.HelpRequestFixtures.with;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/** A request's page shows health data: neither the browser nor a proxy may keep it. */
@IntegrationTest
class PersonalDataCacheTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void theRequestPageIsNeverStored() throws Exception {
        var location = mvc.perform(posting(
                                post("/samordning/telefon"),
                                with(
                                        validForm(LocalDate.now(clock).plusDays(1)),
                                        "paymentMethod",
                                        "INVOICE",
                                        "sammaNummer",
                                        "ja"))
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/samordning/arenden/");
        var page = mvc.perform(get(location).with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(page.getContentAsString()).contains("Greta Ek");
        assertThat(page.getHeader("Cache-Control")).contains("no-store").contains("no-cache");
        assertThat(page.getHeader("Pragma")).isEqualTo("no-cache");
        assertThat(page.getHeader("Expires")).isEqualTo("0");
    }
}
