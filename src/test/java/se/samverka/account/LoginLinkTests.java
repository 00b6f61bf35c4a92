package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.TestSettings;
import se.samverka.shared.EmailAddress;

@IntegrationTest
class LoginLinkTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(TestSettings.smtpPort(), null, "smtp"));

    static final Pattern LINK = Pattern.compile("/login/ott\\?token=([A-Za-z0-9-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withoutAConfiguredProviderTheLoginPageOffersNoOtherSignInAndItsAddressesAreNotThere() throws Exception {
        var page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page)
                .contains("name=\"password\"")
                .doesNotContain("/oauth2/authorization");
        // an unknown page: not found, for anonymous visitors too (KnownPages)
        mvc.perform(get("/oauth2/authorization/sso")).andExpect(status().isNotFound());
    }

    @Test
    void volunteerLogsInOnceWithTheEmailedLinkAndTheLinkThenStopsWorking() throws Exception {
        var email = "link-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        accounts.createVolunteerAccount(EmailAddress.of(email), "Linnea Länk", Locale.forLanguageTag("sv"));

        mvc.perform(post("/ott/generate")
                        .param("username", email.toUpperCase(Locale.ROOT))
                        .with(csrf()))
                .andExpect(redirectedUrl("/login/lank-skickad"));
        var token = await().atMost(Duration.ofSeconds(20)).until(() -> tokenMailedTo(email), t -> t != null);

        var page = mvc.perform(get("/login/ott").param("token", token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"token\"").contains(token);

        var cookies = mvc.perform(post("/login/ott").param("token", token).with(csrf()))
                .andExpect(redirectedUrl("/start"))
                .andReturn()
                .getResponse()
                .getCookies();
        mvc.perform(get("/start").cookie(cookies)).andExpect(redirectedUrl("/mina-sidor"));

        mvc.perform(post("/login/ott").param("token", token).with(csrf())).andExpect(redirectedUrl("/login?fel=lank"));
    }

    @Test
    void unknownAddressesAndStaffGetTheSamePageAndNoMail() throws Exception {
        var since = Settled.now();
        var stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        var staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(staff, "ett långt lösenord", Role.COORDINATOR, "Staff");
        for (var username : new String[] {stranger, staff}) {
            mvc.perform(post("/ott/generate").param("username", username).with(csrf()))
                    .andExpect(redirectedUrl("/login/lank-skickad"));
        }
        Settled.since(jdbc, since); // nothing more is on its way
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).flatMap(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).map(Object::toString);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .doesNotContain(stranger, staff);
    }

    private String tokenMailedTo(String email) throws Exception {
        for (var message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().equals(email))) {
                var matcher = LINK.matcher(String.valueOf(message.getContent()));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }
}
