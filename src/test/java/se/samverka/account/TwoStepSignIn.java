package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signs a staff member in as a browser does, both steps: the password at {@code /login}, then (when the second factor
 * is on) the code from the e-mail the outbox holds at {@code /login/kod}. Returns the cookies of the signed-in session
 * (the session id changes after each step). The one way tests that post the login form sign staff in.
 */
public final class TwoStepSignIn {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private TwoStepSignIn() {}

    /** Both steps; {@code codeAddress} is where the account's codes go (its username when that is an address). */
    public static Cookie[] signIn(MockMvc mvc, JdbcClient jdbc, String username, String password, String codeAddress)
            throws Exception {
        var before = codesSentTo(jdbc, codeAddress);
        var cookies = passwordOnly(mvc, username, password);
        var next = mvc.perform(get("/login/kod").cookie(cookies)).andReturn().getResponse();
        if ("/start".equals(next.getRedirectedUrl())) {
            return cookies; // the second factor is off
        }
        var code = await().atMost(Duration.ofSeconds(20))
                .until(() -> newestCode(jdbc, codeAddress, before), Optional::isPresent)
                .orElseThrow();
        return code(mvc, cookies, code);
    }

    /** The first step only: the password. */
    public static Cookie[] passwordOnly(MockMvc mvc, String username, String password) throws Exception {
        var response = mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).as("the password step").doesNotContain("fel=");
        return response.getCookies();
    }

    /** The second step: posts the code with the session's cookies; returns them as the browser then holds them. */
    public static Cookie[] code(MockMvc mvc, Cookie[] cookies, String code) throws Exception {
        var response = mvc.perform(
                        post("/login/kod").param("code", code).cookie(cookies).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).as("the code step").isNotNull().doesNotContain("/login");
        return merged(cookies, response.getCookies());
    }

    /** The code of the newest sign-in code message to the address, when more than {@code before} were sent. */
    public static Optional<String> newestCode(JdbcClient jdbc, String address, int before) {
        if (codesSentTo(jdbc, address) <= before) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT body FROM outbox_message WHERE recipient = ? AND dedupe_key LIKE 'sign-in-code:%'"
                        + " ORDER BY created_at DESC LIMIT 1")
                .param(address)
                .query(String.class)
                .optional()
                .map(CODE::matcher)
                .filter(java.util.regex.Matcher::find)
                .map(matcher -> matcher.group(1));
    }

    public static int codesSentTo(JdbcClient jdbc, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND dedupe_key LIKE 'sign-in-code:%'")
                .param(address)
                .query(Integer.class)
                .single();
    }

    /** The cookies a browser holds after a response: the old ones, replaced by name by those it set. */
    public static Cookie[] merged(Cookie[] old, Cookie[] set) {
        var byName = new LinkedHashMap<String, Cookie>();
        for (var cookie : old) {
            byName.put(cookie.getName(), cookie);
        }
        for (var cookie : set) {
            if (cookie.getMaxAge() == 0) {
                byName.remove(cookie.getName());
            } else {
                byName.put(cookie.getName(), cookie);
            }
        }
        return byName.values().toArray(Cookie[]::new);
    }
}
