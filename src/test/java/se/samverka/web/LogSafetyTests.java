package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.TestSettings;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.EmailAddress;

/**
 * Flows that handle health data, code words, login tokens and phone numbers: whatever they log, none of those
 * values is in it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogSafetyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Clock clock;

    @Test
    void phoneIntakeLoginLinkAndSmsWebhookLogNoHealthDataCodeWordTokenOrPhoneNumber(CapturedOutput output)
            throws Exception {
        var since = Settled.now();
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var codeWord = "Kodord" + suffix;
        var healthNote = "Diabetes" + suffix;
        var digits = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
        var national = "070" + digits;
        var e164 = "+4670" + digits;

        // phone intake of a person in a risk group, with a code word and a health note, and its page
        var coordinator = new SamverkaUser(UUID.randomUUID(), "loggsamordnare", "x", Role.COORDINATOR, "Sara", true);
        var as = authentication(
                new UsernamePasswordAuthenticationToken(coordinator, null, coordinator.getAuthorities()));
        var location = mvc.perform(post("/samordning/telefon")
                        .with(as)
                        .with(csrf())
                        .param("asker", "SELF")
                        .param("residentName", "Greta Logg " + suffix)
                        .param("residentPhone", national)
                        .param("streetAddress", "Tappström 12")
                        .param("districtId", "ekero-centrum")
                        .param("kind", "SHOPPING")
                        .param("description", healthNote + ", mjölk och bröd")
                        .param("date", LocalDate.now(clock).plusDays(1).toString())
                        .param("timeFrom", "10:00")
                        .param("timeTo", "12:00")
                        .param("recurrence", "ONE_OFF")
                        .param("language", "")
                        .param("paymentMethod", "INVOICE")
                        .param("codeWord", codeWord)
                        .param("riskGroup", "YES")
                        .param("riskConsent", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/samordning/arenden/");
        assertThat(mvc.perform(get(location).with(as))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(codeWord);

        // a login link, requested and used
        var email = "logg-" + suffix + "@example.se";
        accounts.createVolunteerAccount(EmailAddress.of(email), "Lotta Logg", Locale.forLanguageTag("sv"));
        mvc.perform(post("/ott/generate").param("username", email).with(csrf()))
                .andExpect(redirectedUrl("/login/lank-skickad"));
        var token = jdbc.sql("SELECT token_value FROM one_time_tokens WHERE username = ?")
                .param(email)
                .query(String.class)
                .single();
        mvc.perform(post("/login/ott").param("token", token).with(csrf())).andExpect(redirectedUrl("/start"));

        // an SMS from the resident's phone
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("id", "s" + suffix)
                        .param("from", e164)
                        .param("to", "+46766861001")
                        .param("message", "Ja " + codeWord)
                        .param("created", "2026-11-30T08:41:04.412000")
                        .header("X-Samverka-Secret", TestSettings.SMS_WEBHOOK_SECRET))
                .andExpect(status().isOk());
        // let the outbox and the event listeners run and log what they log
        Settled.since(jdbc, since); // nothing more is on its way

        // reading the health data was recorded in the audit log, not in the application log
        var requestId = UUID.fromString(location.substring("/samordning/arenden/".length()));
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND purpose = 'help-request.risk-group'")
                        .param(requestId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(output.getAll())
                .doesNotContain("2Vr4cnkCuUL1kAn9MI4i22LS0XvaA1IDP2UqQ1laxsU=")
                .doesNotContain(jdbc.sql("SELECT risk_group_enc FROM help_request WHERE id = ?")
                        .param(requestId)
                        .query(String.class)
                        .single());
        assertThat(output.getAll())
                .doesNotContain(codeWord)
                .doesNotContain(healthNote)
                .doesNotContain(token)
                .doesNotContain(e164)
                .doesNotContain(national)
                .doesNotContain("70" + digits)
                .doesNotContain("riskGroup=")
                .doesNotContain(email);
        // and nothing else the whole-run scan (SurefireLogScanIT) looks for
        assertThat(LogLeaks.in(output.getAll())).isEmpty();
    }
}
