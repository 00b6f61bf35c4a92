package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;
import static se.samverka.helprequest.HelpRequestFixtures.shopping;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

@IntegrationTest
class ResidentConfirmationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpRequests helpRequests;

    @Test
    void theCoordinatorRecordsWhatTheResidentSaidOnlyOnceTheTaskIsDone() throws Exception {
        var request = helpRequests.submit(shopping("ska", LocalDate.now().plusDays(1), Channel.PHONE), "test");
        var url = "/samordning/arenden/" + request.id() + "/bekraftelse";
        mvc.perform(post(url).param("helped", "yes").with(asCoordinator()).with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.confirmationChoose"));
        assertThat(helpRequests.history(request.id())).noneMatch(h -> h.action().startsWith("RESIDENT_"));

        helpRequests.markAssigned(request.id(), "test", "Vera");
        helpRequests.markDone(request.id(), "Vera", null);
        var page = mvc.perform(get("/samordning/arenden/" + request.id()).with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Fick personen den hjälp hen behövde?");
        mvc.perform(post(url).with(asCoordinator()).with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.confirmationChoose"));
        mvc.perform(post(url).param("helped", "yes").with(asCoordinator()).with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.confirmationSaved"));
        assertThat(helpRequests.history(request.id())).anyMatch(h -> "RESIDENT_CONFIRMED".equals(h.action()));
    }
}
