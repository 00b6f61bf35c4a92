package se.samverka.referral;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.organisation.OrganisationTestData;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Districts, requests, organisations and their members for the referral tests, each test with its own. */
final class ReferralFixtures {

    static final String MOBILE = "070-123 45 67";
    static final String LANDLINE = "08-560 390 00";

    private ReferralFixtures() {}

    static String district(Districts districts) {
        return districts.save(
                null,
                "Hänvisningsholmen " + UUID.randomUUID().toString().substring(0, 8),
                657000,
                6575000,
                900,
                Set.of());
    }

    static HelpRequest request(HelpRequests helpRequests, String districtId, String phone) {
        var date = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(5);
        return helpRequests.submit(
                new NewHelpRequest(
                        "Greta Hemlig",
                        PhoneNumber.of(phone),
                        "Hemliga vägen 7",
                        districtId,
                        HelpKind.SHOPPING,
                        "Mjölk och bröd, ring på dörren",
                        date,
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
                        null),
                "test");
    }

    /** An approved organisation working in the district. */
    static UUID organisation(JdbcClient jdbc, String name, String districtId) {
        var id = OrganisationTestData.approvedOrganisation(jdbc, name);
        OrganisationTestData.worksIn(jdbc, id, districtId);
        return id;
    }

    /** A representative account that is a coordinator of the organisation. */
    static SamverkaUser member(JdbcClient jdbc, AccountManagement accounts, UUID organisationId, String name) {
        var email = "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        return OrganisationTestData.coordinator(jdbc, accounts, organisationId, name, email);
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(
                UUID.randomUUID(), "samordnare@ekero.se", "{noop}x", Role.COORDINATOR, "Sara Samordnare", true);
    }

    static SamverkaUser volunteer() {
        return new SamverkaUser(UUID.randomUUID(), "volontar@example.se", null, Role.VOLUNTEER, "Vera Volontär", true);
    }

    static RequestPostProcessor as(SamverkaUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
