package se.samverka.volunteer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.samverka.account.AccountManagement;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Sign-ups and volunteers for tests; every e-mail address is new, because tests share one database. */
final class VolunteerFixtures {

    private VolunteerFixtures() {}

    static String newEmail() {
        return "vol-" + UUID.randomUUID() + "@exempel.se";
    }

    /** Everything a complete sign-up form sends, as the browser sends it. */
    static MultiValueMap<String, String> signupForm(String email) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("name", "Anna Andersson");
        form.add("email", email);
        form.add("phone", "070-123 45 67");
        form.addAll("districts", List.of("ekero-centrum", "stenhamra"));
        form.addAll("kinds", List.of("SHOPPING", "PHARMACY"));
        form.addAll("languages", List.of("sv", "fi"));
        form.add("hasCar", "true");
        form.addAll("availability", List.of("WEEKDAY_EVENING", "WEEKEND_DAYTIME"));
        form.add("askFrequency", "TWICE_A_MONTH");
        form.add("consent", "true");
        form.add("_consent", "on");
        form.add("formId", UUID.randomUUID().toString());
        return form;
    }

    static MockHttpServletRequestBuilder postSignup(MultiValueMap<String, String> form) {
        return post("/bli-volontar").params(form).with(csrf());
    }

    static VolunteerDetails details(String email, String... districtIds) {
        return new VolunteerDetails(
                "Bo Berg",
                EmailAddress.of(email),
                PhoneNumber.mobile("0701234567"),
                Set.of(districtIds),
                Set.of(HelpKind.SHOPPING),
                Set.of("sv"),
                false,
                new Availability(true, false, false, false),
                AskFrequency.ONCE_A_MONTH,
                ContactChannel.EMAIL,
                null,
                false,
                false);
    }

    static RequestPostProcessor as(SamverkaUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** Signs up a volunteer in Adelsö (not confirmed) and returns them with their login. */
    static Signed signUp(Signups signups, AccountManagement accounts, Volunteers volunteers) {
        var email = newEmail();
        signups.signUp(details(email, "adelso"), null, Locale.forLanguageTag("sv"));
        var user = accounts.findByUsername(email).orElseThrow();
        return new Signed(
                email, user, volunteers.findByAccount(user.accountId()).orElseThrow());
    }

    record Signed(String email, SamverkaUser user, VolunteerProfile profile) {}
}
