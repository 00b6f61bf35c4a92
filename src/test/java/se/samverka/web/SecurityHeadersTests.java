package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

/** The headers every page sends, and no H2 console (the cookie and the proxy: {@link HttpSecurityTests}). */
@IntegrationTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    @Test
    void everyPageForbidsFramingSniffingAndForeignScriptsAndSendsOnlyTheOriginAsReferrer() throws Exception {
        var response =
                mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("frame-ancestors 'none'")
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void hstsOnlyOverTls() throws Exception {
        mvc.perform(get("/")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        // behind the proxy, forward-headers-strategy=native makes the request secure for X-Forwarded-Proto: https
        mvc.perform(get("/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void thereIsNoH2Console() throws Exception {
        mvc.perform(get("/h2-console").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/h2-console/login.jsp").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
        // an address that is no page is not found for anonymous visitors either (it sent them to the login page)
        mvc.perform(get("/h2-console")).andExpect(status().isNotFound());
    }
}
