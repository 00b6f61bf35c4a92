package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.shared.EmailAddress;

/**
 * Issue 14, point 3, with the second factor on (as in production and the demo): a staff member who gave only the
 * password reaches no staff area, only the code page; the e-mailed code (through the outbox, received by GreenMail)
 * opens them; a wrong, expired, reused or over-tried code is refused; volunteers are not asked.
 */
@IntegrationTest
@TestPropertySource(properties = "samverka.account.second-factor.required=true")
class SecondFactorTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(TestSettings.smtpPort(), null, "smtp"));

    private static final String PASSWORD = "ett långt lösenord 42";

    /** Each staff role and a page of its area that shows personal data or what leads to it. */
    private static final Map<Role, String> AREAS = Map.of(
            Role.COORDINATOR, "/samordning",
            Role.ADMIN, "/admin/konton",
            Role.PRIVACY_OFFICER, "/dataskydd",
            Role.DEPARTMENT_REPRESENTATIVE, "/samverkan",
            Role.COACH, "/idelabbet");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecondFactorRepository secondFactors;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    se.samverka.audit.AuditLog auditLog;

    @Test
    void thePasswordAloneReachesNoStaffAreaAndTheEmailedCodeOpensIt() throws Exception {
        for (var area : AREAS.entrySet()) {
            var email = staff(area.getKey());
            var before = TwoStepSignIn.codesSentTo(jdbc, email);
            var cookies = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD);

            for (var page : List.of(area.getValue(), "/start", "/forening")) {
                mvc.perform(get(page).cookie(cookies))
                        .andExpect(redirectedUrl("/login/kod"))
                        .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                                .as(area + " " + page)
                                .isEmpty());
            }
            mvc.perform(get("/login/kod").cookie(cookies)).andExpect(status().isOk());

            var code = awaitCode(email, before);
            var signedIn = TwoStepSignIn.code(mvc, cookies, code);
            mvc.perform(get(area.getValue()).cookie(signedIn)).andExpect(status().isOk());
            mvc.perform(get("/login/kod").cookie(signedIn)).andExpect(redirectedUrl("/start"));
        }
    }

    @Test
    void theCodeStepSendsToThePageAskedForBeforeTheLogin() throws Exception {
        var email = staff(Role.COORDINATOR);
        var before = TwoStepSignIn.codesSentTo(jdbc, email);
        var cookies = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD);
        // asked for after the password: kept for after the code, as for the login itself
        var asked = mvc.perform(get("/samordning/telefon").cookie(cookies))
                .andExpect(redirectedUrl("/login/kod"))
                .andReturn()
                .getResponse()
                .getCookies();
        var code = awaitCode(email, before);
        var response = mvc.perform(post("/login/kod")
                        .param("code", code)
                        .cookie(TwoStepSignIn.merged(cookies, asked))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).endsWith("/samordning/telefon");
    }

    @Test
    void theCodeGoesByEmailThroughTheOutboxAndTheReceivedCodeWorks() throws Exception {
        var email = staff(Role.PRIVACY_OFFICER);
        var cookies = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD);
        var code = await().atMost(Duration.ofSeconds(30)).until(() -> mailedCode(email), c -> c != null);
        assertThat(TwoStepSignIn.codesSentTo(jdbc, email)).isEqualTo(1);

        var signedIn = TwoStepSignIn.code(mvc, cookies, code);
        mvc.perform(get("/dataskydd").cookie(signedIn)).andExpect(status().isOk());
    }

    @Test
    void aWrongCodeIsRefusedOnThePageWithTheFieldAndTheTitleSayingSo() throws Exception {
        var email = staff(Role.COORDINATOR);
        var before = TwoStepSignIn.codesSentTo(jdbc, email);
        var cookies = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD);
        var code = awaitCode(email, before);
        var wrong = code.equals("000000") ? "000001" : "000000";

        var page = Jsoup.parse(mvc.perform(
                        post("/login/kod").param("code", wrong).cookie(cookies).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.title()).startsWith("Fel: ");
        assertThat(page.select("#code-error").text()).contains("Koden stämmer inte");
        assertThat(page.select("#code").attr("value")).isEqualTo(wrong);
        assertThat(page.select("#error-summary a[href=#code-field]")).hasSize(1);

        var letters = Jsoup.parse(mvc.perform(
                        post("/login/kod").param("code", "abc").cookie(cookies).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(letters.select("#code-error").text()).contains("6 siffror");

        mvc.perform(get("/samordning").cookie(cookies)).andExpect(redirectedUrl("/login/kod"));
        // the right code still works after a few wrong tries, typed with a space as in the mail's grouping
        var signedIn = TwoStepSignIn.code(mvc, cookies, code.substring(0, 3) + " " + code.substring(3));
        mvc.perform(get("/samordning").cookie(signedIn)).andExpect(status().isOk());
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        var email = staff(Role.COACH);
        var before = TwoStepSignIn.codesSentTo(jdbc, email);
        var cookies = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD);
        var code = awaitCode(email, before);
        jdbc.sql("UPDATE second_factor SET code_expires_at = ? WHERE account_id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), accountId(email))
                .update();

        var body = typed(cookies, code);
        assertThat(body).contains("Koden är för gammal");
        mvc.perform(get("/idelabbet").cookie(cookies)).andExpect(redirectedUrl("/login/kod"));
    }

    @Test
    void aCodeCountsOnceOnly() throws Exception {
        var email = staff(Role.COORDINATOR);
        var first = TwoStepSignIn.codesSentTo(jdbc, email);
        var other = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD);
        awaitCode(email, first);
        var before = TwoStepSignIn.codesSentTo(jdbc, email);
        var cookies = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD);
        var code = awaitCode(email, before);
        TwoStepSignIn.code(mvc, cookies, code);

        // the same code again, from another sign-in that has the password
        assertThat(typed(other, code)).contains("redan använts");
        mvc.perform(get("/samordning").cookie(other)).andExpect(redirectedUrl("/login/kod"));
    }

    @Test
    void tooManyWrongTriesEndTheCode() throws Exception {
        var email = staff(Role.DEPARTMENT_REPRESENTATIVE);
        var before = TwoStepSignIn.codesSentTo(jdbc, email);
        var cookies = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD);
        var code = awaitCode(email, before);
        var wrong = code.equals("999999") ? "999998" : "999999";
        var answers = new ArrayList<String>();
        for (var i = 0; i < 5; i++) {
            answers.add(typed(cookies, wrong));
        }
        assertThat(answers.get(4)).contains("För många fel försök");
        assertThat(typed(cookies, code)).contains("För många fel försök");
        mvc.perform(get("/samverkan").cookie(cookies)).andExpect(redirectedUrl("/login/kod"));

        // a new code works again
        var again = TwoStepSignIn.codesSentTo(jdbc, email);
        mvc.perform(post("/login/kod/ny").cookie(cookies).with(csrf()))
                .andExpect(redirectedUrl("/login/kod"))
                .andExpect(flash().attribute("flash", "login.code.flash.sent"));
        var signedIn = TwoStepSignIn.code(mvc, cookies, awaitCode(email, again));
        mvc.perform(get("/samverkan").cookie(signedIn)).andExpect(status().isOk());
    }

    @Test
    void onlyAFewNewCodesAreSentInAQuarterOfAnHour() throws Exception {
        var email = staff(Role.COACH);
        var cookies = TwoStepSignIn.passwordOnly(mvc, email, PASSWORD); // the first code
        for (var i = 0; i < 4; i++) {
            mvc.perform(post("/login/kod/ny").cookie(cookies).with(csrf()))
                    .andExpect(flash().attribute("flash", "login.code.flash.sent"));
        }
        mvc.perform(post("/login/kod/ny").cookie(cookies).with(csrf()))
                .andExpect(flash().attribute("flash", "login.code.flash.tooMany"));
    }

    @Test
    void anAccountWithoutAnAddressSeesWhatToDoUntilAnAdministratorSetsOne() throws Exception {
        var username = "utan-adress-" + UUID.randomUUID().toString().substring(0, 8);
        var id = accounts.createStaffAccount(username, PASSWORD, Role.COORDINATOR, "Utan Adress");
        var cookies = TwoStepSignIn.passwordOnly(mvc, username, PASSWORD);
        var page = mvc.perform(get("/login/kod").cookie(cookies))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("ingen e-postadress").doesNotContain("name=\"code\"");
        mvc.perform(get("/samordning").cookie(cookies)).andExpect(redirectedUrl("/login/kod"));

        var adminEmail = staff(Role.ADMIN);
        var admin = TwoStepSignIn.signIn(mvc, jdbc, adminEmail, PASSWORD, adminEmail);
        var invalid = mvc.perform(post("/admin/konton/{id}/kodadress", id)
                        .param("email", "inte en adress")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(invalid).title()).startsWith("Fel: ");
        assertThat(Jsoup.parse(invalid).select("#email").attr("value")).isEqualTo("inte en adress");

        var address = username + "@example.se";
        mvc.perform(post("/admin/konton/{id}/kodadress", id)
                        .param("email", address)
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/konton/" + id))
                .andExpect(flash().attribute("flash", "account.staff.flash.codeAddressChanged"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND detail = ?")
                        .params(id, "sign-in code address set")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        var signedIn = TwoStepSignIn.signIn(mvc, jdbc, username, PASSWORD, address);
        mvc.perform(get("/samordning").cookie(signedIn)).andExpect(status().isOk());
    }

    @Test
    void anOldStaffSignInWithoutTheFactorsMustSignInAgain() throws Exception {
        var email = staff(Role.COORDINATOR);
        var user = accounts.findByUsername(email).orElseThrow();
        var old = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        mvc.perform(get("/samordning").with(authentication(old))).andExpect(redirectedUrl("/login/kod"));
        mvc.perform(get("/login/kod").with(authentication(old))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void volunteersWithTheirLinkAreNotAsked() throws Exception {
        var email = "mfa-volontar-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        accounts.createVolunteerAccount(EmailAddress.of(email), "Vera Volontär", Locale.forLanguageTag("sv"));
        var user = accounts.findByUsername(email).orElseThrow();
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.OTT_AUTHORITY));
        var link = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        mvc.perform(get("/start").with(authentication(link))).andExpect(redirectedUrl("/mina-sidor"));
        mvc.perform(get("/login/kod").with(authentication(link))).andExpect(redirectedUrl("/start"));
    }

    @Test
    void anAnonymousVisitorIsSentToTheLogin() throws Exception {
        mvc.perform(get("/login/kod")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/kod").param("code", "123456").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/kod/ny").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theOnlyAdministratorGetsANewCodeAddressFromTheEnvironmentAtStart() throws Exception {
        var username = "ensam-admin-" + UUID.randomUUID().toString().substring(0, 8);
        var id = accounts.createStaffAccount(username, PASSWORD, Role.ADMIN, "Ensam Admin");
        var address = username + "@example.se";
        // as at start with SAMVERKA_ADMIN_USERNAME and SAMVERKA_ADMIN_EMAIL set
        var atStart = new CodeAddresses(
                secondFactors,
                accountRepository,
                new AccountProperties(username, null, Duration.ofDays(90)),
                new SecondFactorProperties(true, Duration.ofMinutes(10), 5, 5, Duration.ofMinutes(15), false, address),
                auditLog);
        atStart.applyConfigured();
        atStart.applyConfigured(); // a later restart with the same value changes nothing

        assertThat(secondFactors.email(id)).contains(address);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND actor = 'system'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        var signedIn = TwoStepSignIn.signIn(mvc, jdbc, username, PASSWORD, address);
        mvc.perform(get("/admin/konton").cookie(signedIn)).andExpect(status().isOk());
    }

    private String staff(Role role) {
        var email = "mfa-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        accounts.createStaffAccount(email, PASSWORD, role, "Test " + role);
        return email;
    }

    private UUID accountId(String email) {
        return accounts.findByUsername(email).orElseThrow().accountId();
    }

    private String awaitCode(String email, int before) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> TwoStepSignIn.newestCode(jdbc, email, before), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private String typed(Cookie[] cookies, String code) throws Exception {
        return mvc.perform(
                        post("/login/kod").param("code", code).cookie(cookies).with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String mailedCode(String email) throws Exception {
        for (var message : greenMail.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().equals(email))) {
                var matcher = Pattern.compile("\\b(\\d{6})\\b").matcher(String.valueOf(message.getContent()));
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }
}
