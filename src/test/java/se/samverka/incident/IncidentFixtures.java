package se.samverka.incident;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Districts, requests and staff for the incident tests. */
final class IncidentFixtures {

    private IncidentFixtures() {}

    static String district(Districts districts, String name) {
        return districts.save(
                null, name + " " + UUID.randomUUID().toString().substring(0, 6), 661000, 6577000, 973, Set.of());
    }

    /** A shopping request in two days; the resident's mobile number is the one given. */
    static NewHelpRequest shopping(String residentName, String district, String mobile) {
        return new NewHelpRequest(
                residentName,
                PhoneNumber.of(mobile),
                "Incidentvägen 3",
                district,
                HelpKind.SHOPPING,
                "Mjölk och bröd",
                LocalDate.now().plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                "Blåbär",
                null,
                null,
                Channel.PHONE,
                null,
                null,
                null);
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(UUID.randomUUID(), "samordnare-test", "x", Role.COORDINATOR, "Samordnare", true);
    }

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
