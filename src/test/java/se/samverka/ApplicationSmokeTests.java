package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;

@IntegrationTest
class ApplicationSmokeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Test
    void staffLoginCreatesASessionStoredInTheDatabase() throws Exception {
        var username = "smoke-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "ett långt lösenord", Role.COORDINATOR, "Smoke");
        var before = jdbc.sql("SELECT COUNT(*) FROM spring_session")
                .query(Integer.class)
                .single();
        var login = mvc.perform(
                        MockMvcRequestBuilders.post("/login")
                                .param("username", username)
                                .param("password", "ett långt lösenord")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/start");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session")
                        .query(Integer.class)
                        .single())
                .isGreaterThan(before);
    }

    @Test
    void wrongPasswordShowsTheLoginPageAgainWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(
                        MockMvcRequestBuilders.post("/login")
                                .param("username", "nobody")
                                .param("password", "wrong")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(MockMvcResultMatchers.redirectedUrl("/login?fel=losenord"));
    }

    @Test
    void servesStartPageInSwedishByDefaultAndEnglishOnRequest() throws Exception {
        var swedish = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(swedish).contains("Tillsammans kan vi mer").contains("lang=\"sv\"");
        var english = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english).contains("Together we can do more");
    }

    @Test
    void anonymousVisitorOfUnknownPageGetsNotFoundNotTheLoginPage() throws Exception {
        mvc.perform(get("/finns-inte")).andExpect(status().isNotFound());
        mvc.perform(get("/samordning")).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void unknownPageGetsFriendlyNotFound() throws Exception {
        var page = mvc.perform(get("/samordning/finns-inte"))
                .andExpect(status().isNotFound())
                .andReturn();
        assertThat(page.getResponse().getErrorMessage()).doesNotContain("Exception");
    }
}
