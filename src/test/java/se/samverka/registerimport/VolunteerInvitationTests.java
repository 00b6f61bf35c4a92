package se.samverka.registerimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PhoneNumber;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.PhoneRegistration;
import se.samverka.volunteer.VolunteerIntake;
import se.samverka.volunteer.Volunteers;

/**
 * Volunteers from an earlier list are invited, not registered: they get an e-mail (GreenMail), are neither askable
 * nor consenting until they follow the link, and someone already in the register is a duplicate.
 */
@IntegrationTest
class VolunteerInvitationTests {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(new ServerSetup(TestSettings.smtpPort(), null, "smtp"));

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImports imports;

    @Autowired
    VolunteerIntake intake;

    @Autowired
    Volunteers volunteers;

    @Autowired
    Consents consents;

    static String mobile() {
        return "070" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    @Test
    void anInvitedVolunteerIsInTheRegisterOnlyOnceTheyConfirm() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var invited = "inbjuden-" + tag + "@example.org";
        var known = "kand-" + tag + "@example.org";
        intake.registerByPhone(
                new PhoneRegistration(
                        "Känd Person",
                        EmailAddress.of(known),
                        PhoneNumber.mobile(mobile()),
                        Set.of("ekero-centrum"),
                        Set.of(se.samverka.shared.HelpKind.SHOPPING),
                        Set.of("sv"),
                        ContactChannel.EMAIL,
                        false),
                Locale.forLanguageTag("sv"));
        var phone = mobile();
        var file = "Namn;E-post;Mobilnummer;Språk\n"
                + "Inga Inbjuden;" + invited + ";" + phone + ";sv, en\n"
                + "Inga igen;" + invited.toUpperCase(Locale.ROOT) + ";" + mobile() + ";\n"
                + "Känd Person;" + known + ";" + mobile() + ";\n"
                + "Fel Nummer;fel-" + tag + "@example.org;08-123 456;\n";
        var location = mvc.perform(post("/admin/import")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .contentType("multipart/form-data; boundary=XyZ")
                        .content(ImportFilesFixtures.multipart(
                                "XyZ", "volontarer", "lista.csv", file.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        var summary = imports.find(id).orElseThrow();
        assertThat(summary.counts())
                .containsEntry(Outcome.NEW, 1)
                .containsEntry(Outcome.DUPLICATE, 2)
                .containsEntry(Outcome.ERROR, 1);
        assertThat(intake.isRegistered(EmailAddress.of(invited)))
                .as("nothing before confirm")
                .isFalse();

        mvc.perform(post("/admin/import/" + id + "/bekrafta")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> imports.find(id).orElseThrow().status() == ImportStatus.DONE);

        var volunteer =
                volunteers.byPhone(PhoneNumber.mobile(phone).e164()).get(0).id();
        assertThat(volunteers.summary(volunteer).orElseThrow().emailConfirmed()).isFalse();
        assertThat(volunteers.confirmedAmong(List.of(volunteer)))
                .as("not askable")
                .isEmpty();
        assertThat(consents.holds(PersonRef.volunteer(volunteer), ConsentPurpose.VOLUNTEER_REGISTER))
                .as("no consent before they give it")
                .isFalse();

        // the outbox sends oldest first: in a full run the messages earlier test classes left are still going out
        await().atMost(Duration.ofSeconds(120)).until(() -> greenMail.getReceivedMessagesForDomain(invited).length > 0);
        var mail =
                Arrays.asList(greenMail.getReceivedMessagesForDomain(invited)).get(0);
        assertThat(mail.getSubject()).contains("samtycke");
        var body = mail.getContent().toString();
        var token = Pattern.compile("bekrafta\\?token=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(token.find()).isTrue();
        for (var other : greenMail.getReceivedMessagesForDomain(known)) {
            assertThat(other.getSubject())
                    .as("no invitation to someone registered")
                    .doesNotContain("samtycke");
        }

        mvc.perform(post("/bli-volontar/bekrafta")
                        .param("token", token.group(1))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(volunteers.summary(volunteer).orElseThrow().emailConfirmed()).isTrue();
        assertThat(consents.holds(PersonRef.volunteer(volunteer), ConsentPurpose.VOLUNTEER_REGISTER))
                .isTrue();
    }
}
