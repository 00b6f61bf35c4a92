package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;
import se.samverka.municipality.MunicipalIdentities;
import se.samverka.municipality.MunicipalIdentity;
import se.samverka.referral.ReferralAccepted;
import se.samverka.shared.HelpKind;

/** Every e-mail and every SMS is signed by the municipality that runs the service, from one place (MailText). */
@IntegrationTest
class SignatureTests {

    @Autowired
    MailText text;

    @Autowired
    MunicipalIdentities identities;

    @Autowired
    ReferralMessages referralMessages;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void ekero() {
        identities.change(
                new MunicipalIdentity(
                        "Ekerö kommun",
                        "08-124 571 00",
                        "vardagar 8–16",
                        "weekdays 8 am–4 pm",
                        "Box 205, 178 23 Ekerö",
                        "kommun@ekero.se",
                        "",
                        "#005a8c"),
                "test");
    }

    @AfterEach
    void backToTheConfiguration() {
        identities.reset("test");
    }

    @Test
    void everyEmailEndsWithTheMunicipalitysSignatureInTheReadersLanguage() {
        assertThat(text.body("digest", MailText.SWEDISH, 2, 3, "https://samverka.example/mina-sidor"))
                .endsWith("\n\nVänliga hälsningar\nSamverka – kommunen och civilsamhället tillsammans\nEkerö kommun\n"
                        + "Telefon 08-124 571 00 (vardagar 8–16)\nBox 205, 178 23 Ekerö\nkommun@ekero.se");
        assertThat(text.body("digest", Locale.ENGLISH, 2, 3, "https://samverka.example/mina-sidor"))
                .endsWith("\n\nKind regards\nSamverka – the municipality and civil society together\nEkerö kommun\n"
                        + "Phone 08-124 571 00 (weekdays 8 am–4 pm)\nBox 205, 178 23 Ekerö\nkommun@ekero.se");
    }

    @Test
    void everySmsIsSignedWithTheNameAndPhoneNumber() {
        assertThat(text.sms("residentFollowUp", MailText.SWEDISH, "handling", "tisdag 3 juni 2025"))
                .isEqualTo("Samverka: Hej! Fick du hjälp med handling tisdag 3 juni 2025? Svara JA eller NEJ.\n"
                        + "Ekerö kommun, tfn 08-124 571 00");
        assertThat(text.sms("residentFollowUp", Locale.ENGLISH, "shopping", "Tuesday 3 June 2025"))
                .endsWith("\nEkerö kommun, tel. 08-124 571 00");
    }

    @Test
    void aSignatureNeverMakesAnSmsLongerThanThreeMessages() {
        var unsigned = text.text("referralResident.sms", MailText.SWEDISH, "handling", "tisdag 3 juni", "");
        var roomForNameOnly = 459 - unsigned.length() - "\nEkerö kommun".length();
        var nameOnly = text.sms(
                "referralResident", MailText.SWEDISH, "handling", "tisdag 3 juni", "F".repeat(roomForNameOnly));
        assertThat(nameOnly).endsWith(".\nEkerö kommun");
        assertThat(SmsLength.segments(nameOnly)).isEqualTo(SmsLength.MAX_SEGMENTS);

        var full = "F".repeat(459 - unsigned.length());
        assertThat(text.sms("referralResident", MailText.SWEDISH, "handling", "tisdag 3 juni", full))
                .isEqualTo(text.text("referralResident.sms", MailText.SWEDISH, "handling", "tisdag 3 juni", full));
    }

    @Test
    void aResidentWhoSpeaksEnglishIsToldInEnglishWhoTookTheirRequest() {
        var english = UUID.randomUUID();
        var swedish = UUID.randomUUID();
        referralMessages.on(new ReferralAccepted(
                english, UUID.randomUUID(), 1001, "Röda Korset", "+46701234567", HelpKind.SHOPPING, DATE, "en"));
        referralMessages.on(new ReferralAccepted(
                swedish, UUID.randomUUID(), 1002, "Röda Korset", "+46701234568", HelpKind.SHOPPING, DATE, null));

        assertThat(smsBody("referral-accepted:" + english))
                .isEqualTo(
                        "Samverka: Hello! Your request for shopping Tuesday 3 June 2031 has been passed to Röda Korset."
                                + " They will contact you.\nEkerö kommun, tel. 08-124 571 00");
        assertThat(smsBody("referral-accepted:" + swedish))
                .startsWith("Samverka: Hej! Din förfrågan om handling tisdag 3 juni 2031 har lämnats till Röda Korset.")
                .endsWith("\nEkerö kommun, tfn 08-124 571 00");
    }

    /** The text of the SMS, once the listener (asynchronous, as every module listener) has queued it. */
    private String smsBody(String dedupeKey) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.sql("SELECT body FROM outbox_message WHERE dedupe_key = ? AND channel = 'SMS'")
                                .param(dedupeKey)
                                .query(String.class)
                                .optional(),
                        Optional::isPresent)
                .orElseThrow();
    }

    private static final LocalDate DATE = LocalDate.of(2031, 6, 3);
}
