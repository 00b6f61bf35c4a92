package se.samverka.callout;

import java.time.LocalDate;
import java.time.LocalTime;
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

/** Volunteers, requests and users for the call-out page tests, written straight to the tables. */
final class CalloutPageFixtures {

    private CalloutPageFixtures() {}

    /** A confirmed volunteer who shops in the district, every day and evening, speaking the languages. */
    static UUID volunteer(JdbcClient jdbc, String name, String district, String... languages) {
        return TestVolunteer.named(name)
                .in(district)
                .email(email(name))
                .languages(languages.length == 0 ? new String[] {"sv"} : languages)
                .insert(jdbc)
                .id();
    }

    static String email(String name) {
        return name.toLowerCase().replace(' ', '.').replace('ä', 'a').replace('ö', 'o') + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }

    static void pause(JdbcClient jdbc, UUID volunteerId, LocalDate until) {
        jdbc.sql("UPDATE volunteer SET paused_until = ? WHERE id = ?")
                .params(java.sql.Date.valueOf(until), volunteerId)
                .update();
        se.samverka.TestVolunteer.changed(jdbc);
    }

    /** Shopping in two days at 10–12, in the language (null: any). */
    static NewHelpRequest shopping(String residentName, String district, String language) {
        return new NewHelpRequest(
                residentName,
                PhoneNumber.of("08-560 391 00"),
                "Bryggvägen 3",
                district,
                HelpKind.SHOPPING,
                "Mjölk, bröd och kaffe",
                LocalDate.now().plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                "Blåbär",
                null,
                language,
                Channel.PHONE,
                null,
                null,
                null);
    }

    static Authentication coordinator() {
        return as(new SamverkaUser(UUID.randomUUID(), "samordnare-utskick", "x", Role.COORDINATOR, "Samordnare", true));
    }

    static Authentication volunteerUser() {
        return as(new SamverkaUser(UUID.randomUUID(), "vol@example.se", null, Role.VOLUNTEER, "Volontär", true));
    }

    private static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
