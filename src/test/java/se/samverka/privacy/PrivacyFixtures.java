package se.samverka.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** People with names, addresses and numbers that nobody else in the test database has. */
final class PrivacyFixtures {

    private static final Random RANDOM = new Random();

    private PrivacyFixtures() {}

    /** Lower-case letters only, so that a name stays a name. */
    static String tag() {
        var tag = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            tag.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return tag.toString();
    }

    /** A Swedish mobile number in E.164 that no other test uses (the 0729 series). */
    static String mobile() {
        return "+46729" + String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** The ways a number is written: E.164, national, national with the app's and people's spacing. */
    static List<String> phoneForms(String e164) {
        var national = "0" + e164.substring(3);
        var formatted = national.substring(0, 3) + "-" + national.substring(3, 6) + " " + national.substring(6, 8) + " "
                + national.substring(8);
        return List.of(
                e164,
                national,
                e164.substring(1),
                formatted,
                formatted.replace('-', ' '),
                PhoneNumber.of(e164).display());
    }

    static String district(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM district ORDER BY sort_order, id")
                .query(String.class)
                .list()
                .get(0);
    }

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(UUID.randomUUID(), "samordnare-dataskydd", "x", Role.COORDINATOR, "Samordnare", true);
    }

    static TestVolunteer.Created volunteer(JdbcClient jdbc, String first, String last, String email, String phone) {
        return TestVolunteer.named(first + " " + last)
                .email(email)
                .phone(phone)
                .in(district(jdbc))
                .insert(jdbc);
    }

    /** A request for shopping in three days, by phone. */
    static NewHelpRequest request(JdbcClient jdbc, String residentName) {
        return new NewHelpRequest(
                residentName,
                PhoneNumber.of(mobile()),
                "Gatan 1",
                district(jdbc),
                HelpKind.SHOPPING,
                "Mjölk",
                LocalDate.now().plusDays(3),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                "Blåbär",
                Boolean.TRUE,
                null,
                Channel.PHONE,
                null,
                null,
                null);
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static LocalDate inDays(int days) {
        return LocalDate.now().plusDays(days);
    }
}
