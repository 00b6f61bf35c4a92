package se.samverka.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.safeguarding.Safeguarding;

/**
 * The onboarding pipeline against PostgreSQL: the counts per step move as volunteers confirm, are checked and accept
 * the pledge; the start page links each count to the register filtered to it; a stuck volunteer gets one reminder.
 */
@IntegrationTest
class OnboardingTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(TestSettings.smtpPort(), null, "smtp"));

    static final SamverkaUser COORDINATOR =
            new SamverkaUser(UUID.randomUUID(), "onboarding@ekero.se", "{noop}x", Role.COORDINATOR, "Sara", true);

    @Autowired
    Onboarding onboarding;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    List<TestVolunteer.Created> volunteers(String prefix, int count) {
        var created = new ArrayList<TestVolunteer.Created>();
        for (int i = 0; i < count; i++) {
            var v = TestVolunteer.named(prefix + " " + i).insert(jdbc);
            onboarding.refresh(v.id());
            created.add(v);
        }
        return created;
    }

    void unconfirm(UUID id) {
        jdbc.sql("UPDATE volunteer SET email_confirmed_at = NULL, confirmation_token = ? WHERE id = ?")
                .params("hash-" + id, id)
                .update();
        onboarding.refresh(id);
    }

    static long delta(Map<OnboardingStep, Long> before, Map<OnboardingStep, Long> after, OnboardingStep step) {
        return after.get(step) - before.get(step);
    }

    @Test
    void countsMoveAsVolunteersConfirmAndAcceptThePledge() {
        var before = onboarding.counts();
        var run = UUID.randomUUID().toString().substring(0, 6);
        var created = volunteers("Olle Onboard " + run, 3);
        unconfirm(created.get(0).id());
        var middle = onboarding.counts();
        assertThat(delta(before, middle, OnboardingStep.CONFIRM_EMAIL)).isEqualTo(1);
        assertThat(delta(before, middle, OnboardingStep.PLEDGE))
                .as("no kind needs an ID check in the tests: confirmed volunteers wait for the pledge")
                .isEqualTo(2);
        assertThat(onboarding.stepOf(created.get(0).id())).isEqualTo(OnboardingStep.CONFIRM_EMAIL);

        safeguarding.acceptCurrentPledge(created.get(1).id());
        var after = onboarding.counts();
        assertThat(onboarding.stepOf(created.get(1).id()))
                .as("the pledge's own event moves the volunteer on, in the same transaction")
                .isEqualTo(OnboardingStep.READY);
        assertThat(delta(middle, after, OnboardingStep.PLEDGE)).isEqualTo(-1);
        assertThat(delta(middle, after, OnboardingStep.READY)).isEqualTo(1);
        assertThat(onboarding.at(OnboardingStep.PLEDGE)).contains(created.get(2).id());
    }

    @Test
    void theCountingSqlAgreesWithTheJavaRuleAboutIdChecks() {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var created = volunteers("Ida Idcheck " + run, 3);
        // no kind needs a check in the tests: write the facts as they are where one does
        jdbc.sql("UPDATE onboarding_progress SET needs_id_check = TRUE WHERE volunteer_id IN (?, ?, ?)")
                .params(created.get(0).id(), created.get(1).id(), created.get(2).id())
                .update();
        jdbc.sql("UPDATE onboarding_progress SET id_check_valid_before = CURRENT_DATE WHERE volunteer_id = ?")
                .param(created.get(1).id())
                .update();
        jdbc.sql("UPDATE onboarding_progress SET id_check_valid_before = DATE '9999-12-31' WHERE volunteer_id = ?")
                .param(created.get(2).id())
                .update();
        var checking = onboarding.at(OnboardingStep.ID_CHECK);
        assertThat(checking).contains(created.get(0).id(), created.get(1).id());
        assertThat(checking).doesNotContain(created.get(2).id());
        assertThat(onboarding.at(OnboardingStep.PLEDGE)).contains(created.get(2).id());
        for (var v : created) {
            var inSql = Arrays.stream(OnboardingStep.values())
                    .filter(s -> onboarding.at(s).contains(v.id()))
                    .toList();
            assertThat(inSql).containsExactly(onboarding.stepOf(v.id()));
        }
    }

    @Test
    void theStartPageLinksEachCountToTheRegisterFilteredToIt() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        volunteers("Stina Start " + run, 2);
        var counts = onboarding.counts();
        var html = mvc.perform(get("/samordning").with(as(COORDINATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var page = Jsoup.parse(html);
        var pledge = page.getElementById("onboarding-pledge");
        assertThat(pledge).isNotNull();
        assertThat(pledge.attr("href")).isEqualTo("/samordning/volontarer?step=PLEDGE");
        assertThat(pledge.selectFirst(".onboarding-count").text())
                .isEqualTo(String.valueOf(counts.get(OnboardingStep.PLEDGE)));
        assertThat(page.getElementById("onboarding-ready")).isNotNull();

        var register = Jsoup.parse(mvc.perform(get("/samordning/volontarer")
                        .param("step", "PLEDGE")
                        .param("q", "Stina Start " + run)
                        .with(as(COORDINATOR)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(register.select("#register-results tbody tr")).hasSize(2);
        assertThat(register.selectFirst("#filter-step option[selected]").val()).isEqualTo("PLEDGE");
    }

    @Test
    void aStuckVolunteerIsRemindedOnceEvenWhenTheJobRunsTwice() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var created = volunteers("Rut Reminder " + run, 2);
        var stuck = created.get(0);
        var fresh = created.get(1);
        jdbc.sql("UPDATE onboarding_progress SET progressed_at = ? WHERE volunteer_id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(4))), stuck.id())
                .update();

        onboarding.remindStuck();
        onboarding.remindStuck();

        assertThat(jdbc.sql("SELECT step FROM onboarding_reminder WHERE volunteer_id = ?")
                        .param(stuck.id())
                        .query(String.class)
                        .list())
                .containsExactly("PLEDGE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM onboarding_reminder WHERE volunteer_id = ?")
                        .param(fresh.id())
                        .query(Integer.class)
                        .single())
                .as("signed up just now: not stuck")
                .isZero();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(stuck.email()).size() == 1);
        Thread.sleep(1500);
        var mails = mailsTo(stuck.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Ett steg kvar: godkänn tystnadslöftet");
        assertThat(String.valueOf(mails.get(0).getContent())).contains("/mina-sidor/tystnadslofte");
    }

    @Test
    void anUnconfirmedVolunteerIsRemindedWithAFreshLinkThatConfirms() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 6);
        var created = volunteers("Ebba Epost " + run, 1).get(0);
        unconfirm(created.id());
        jdbc.sql("UPDATE onboarding_progress SET progressed_at = ? WHERE volunteer_id = ?")
                .params(Timestamp.from(Instant.now().minus(Duration.ofDays(4))), created.id())
                .update();
        onboarding.remindStuck();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> mailsTo(created.email()).size() == 1);
        var body = String.valueOf(mailsTo(created.email()).get(0).getContent());
        var token = body.replaceAll("(?s).*/bli-volontar/bekrafta\\?token=([A-Za-z0-9_%-]+).*", "$1");
        assertThat(token).isNotBlank().doesNotContain("\n");
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/bli-volontar/bekrafta")
                        .param("token", java.net.URLDecoder.decode(token, StandardCharsets.UTF_8))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()));
        assertThat(onboarding.stepOf(created.id())).isEqualTo(OnboardingStep.PLEDGE);
    }

    List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor as(SamverkaUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
