package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/**
 * A public form sent without a valid security token (the token cookie lost, the page left open across a browser
 * restart) comes back with everything typed and a one-line explanation, stores nothing, and is never a 403 page.
 */
@IntegrationTest
class ExpiredFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublicFormWithoutTokenIsHandedToItsOwnHandlerMarkedExpired() throws Exception {
        var handedOn = mvc.perform(post("/bli-volontar").param("name", "Astrid Ek"))
                .andExpect(status().isOk())
                .andExpect(forwardedUrl("/bli-volontar"))
                .andReturn();
        assertThat(ExpiredForm.isExpired(handedOn.getRequest())).isTrue();
    }

    /** MockMvc does not follow the forward: the second step is the forwarded request as the handler sees it. */
    @Test
    void anExpiredSignUpComesBackWithEverythingTypedAndStoresNothing() throws Exception {
        var email = "utgangen-" + UUID.randomUUID() + "@example.se";
        var html = mvc.perform(post("/bli-volontar")
                        .with(csrf())
                        .requestAttr(ExpiredForm.ATTRIBUTE, true)
                        .param("name", "Astrid Ek")
                        .param("email", email)
                        .param("phone", "070-111 22 33")
                        .param("districts", "adelso")
                        .param("kinds", "SHOPPING"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var page = Jsoup.parse(html);
        assertThat(page.getElementById("expired-form")).isNotNull();
        assertThat(page.getElementById("expired-form").text()).contains("skicka igen");
        assertThat(page.getElementById("name").val()).isEqualTo("Astrid Ek");
        assertThat(page.getElementById("email").val()).isEqualTo(email);
        assertThat(page.select("input[name=_csrf]").attr("value"))
                .as("a fresh token to send it with")
                .isNotBlank();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE email = ?")
                        .param(email)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anExpiredHelpRequestComesBackInEnglishWithTheTextKept() throws Exception {
        var description = "Mjölk och bröd " + UUID.randomUUID();
        var html = mvc.perform(post("/be-om-hjalp")
                        .with(csrf())
                        .requestAttr(ExpiredForm.ATTRIBUTE, true)
                        .param("lang", "en")
                        .param("residentName", "Gösta Berg")
                        .param("description", description))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        var page = Jsoup.parse(html);
        assertThat(page.getElementById("expired-form").text()).contains("send it again");
        assertThat(page.getElementById("description").text()).isEqualTo(description);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM help_request WHERE description = ?")
                        .param(description)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStaffFormWithoutTokenIsStillRefused() throws Exception {
        mvc.perform(post("/samordning/telefon").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
    }
}
