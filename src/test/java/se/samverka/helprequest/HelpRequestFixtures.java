package se.samverka.helprequest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Requests, people and form posts for the help-request tests. */
final class HelpRequestFixtures {

    static final String DISTRICT = "ekero-centrum";

    private HelpRequestFixtures() {}

    static NewHelpRequest shopping(String districtId, LocalDate date, Channel channel) {
        return request(districtId, HelpKind.SHOPPING, date, LocalTime.of(10, 0), Recurrence.ONE_OFF, channel, null);
    }

    static NewHelpRequest weekly(String districtId, LocalDate date) {
        return request(
                districtId, HelpKind.SHOPPING, date, LocalTime.of(10, 0), Recurrence.WEEKLY, Channel.PHONE, null);
    }

    static NewHelpRequest request(
            String districtId,
            HelpKind kind,
            LocalDate date,
            LocalTime from,
            Recurrence recurrence,
            Channel channel,
            Boolean riskGroup) {
        return new NewHelpRequest(
                "Greta Ek",
                PhoneNumber.of("08-560 390 00"),
                "Tappström 12",
                districtId,
                kind,
                "Mjölk, bröd och kaffe",
                date,
                from,
                from.plusHours(2),
                recurrence,
                PaymentMethod.INVOICE,
                "Blåbär",
                riskGroup,
                null,
                channel,
                null,
                null,
                null);
    }

    /** A district of its own, so a test can count exactly what it created. */
    static String newDistrict(Districts districts) {
        var name = "Testområde " + UUID.randomUUID().toString().substring(0, 8);
        return districts.save(null, name, 657000, 6575000, 900, Set.of());
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(
                UUID.randomUUID(), "samordnare@ekero.se", "{noop}x", Role.COORDINATOR, "Sara Samordnare", true);
    }

    static RequestPostProcessor asCoordinator() {
        return as(coordinator());
    }

    static RequestPostProcessor as(SamverkaUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    static SamverkaUser volunteer() {
        return new SamverkaUser(UUID.randomUUID(), "volontar@example.se", null, Role.VOLUNTEER, "Vera Volontär", true);
    }

    /** A complete, valid public form as typed; tests change one field at a time. */
    static Map<String, String> validForm(LocalDate date) {
        var values = new LinkedHashMap<String, String>();
        values.put("asker", "SELF");
        values.put("residentName", "Greta Ek");
        values.put("residentPhone", "08-560 390 00");
        values.put("streetAddress", "Tappström 12");
        values.put("districtId", DISTRICT);
        values.put("kind", "SHOPPING");
        values.put("description", "Mjölk, bröd och kaffe");
        values.put("date", date.toString());
        values.put("timeFrom", "10:00");
        values.put("timeTo", "12:00");
        values.put("recurrence", "ONE_OFF");
        values.put("language", "");
        values.put("paymentMethod", "SWISH");
        values.put("codeWord", "Blåbär");
        values.put("riskGroup", "YES");
        values.put("riskConsent", "true");
        values.put("consent", "true");
        return values;
    }

    static Map<String, String> with(Map<String, String> values, String... namesAndValues) {
        var changed = new LinkedHashMap<>(values);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changed.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return changed;
    }

    static MockHttpServletRequestBuilder posting(MockHttpServletRequestBuilder post, Map<String, String> values) {
        values.forEach(post::param);
        return post;
    }
}
