package se.samverka.organisation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/** Organisations, representatives and the outbox, for the organisation tests. */
final class OrganisationFixtures {

    private OrganisationFixtures() {}

    /** A fresh, valid organisationsnummer (NNNNNN-NNNN with a right Luhn digit and third digit at least 2). */
    static String orgNumber() {
        var random = ThreadLocalRandom.current();
        var digits = new StringBuilder();
        digits.append(random.nextInt(1, 10)).append(random.nextInt(10)).append(random.nextInt(2, 10));
        for (int i = 0; i < 6; i++) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            var candidate = digits.toString() + check;
            try {
                return new OrgNumber(candidate.substring(0, 6) + "-" + candidate.substring(6)).value();
            } catch (IllegalArgumentException e) {
                // try the next check digit
            }
        }
        throw new IllegalStateException();
    }

    static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static DetailsInput details(String name, String email) {
        return new DetailsInput(
                name,
                orgNumber(),
                "IDEELL_FORENING",
                "Promenader och handling varje tisdag.",
                Set.of("stenhamra"),
                Set.of("ELDERLY", "SOCIAL_SUPPORT"),
                "https://example.org",
                "info@example.org",
                "08-560 123 45",
                "Anna Ansökare",
                email,
                null);
    }

    /** A pending application by a new representative whose address is {@code email}. */
    static UUID applied(OrganisationRegister register, String name, String email) {
        return details(name, email).applyWith(register, Locale.forLanguageTag("sv"));
    }

    static UUID approved(OrganisationRegister register, String name, String email) {
        var id = applied(register, name, email);
        register.decide(id, OrganisationStatus.APPROVED, null, "test");
        return id;
    }

    static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    static SamverkaUser representative(JdbcClient jdbc, String email) {
        var id = jdbc.sql("SELECT id FROM account WHERE username = ?")
                .param(email)
                .query(UUID.class)
                .single();
        return new SamverkaUser(id, email, null, Role.REPRESENTATIVE, "Företrädare", true);
    }

    static SamverkaUser volunteer() {
        return new SamverkaUser(UUID.randomUUID(), "vol@example.org", null, Role.VOLUNTEER, "Volontär", true);
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(UUID.randomUUID(), "samordnare", "x", Role.COORDINATOR, "Samordnare", true);
    }

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post, DetailsInput form) {
        post.param("name", form.name())
                .param("orgNumber", form.orgNumber())
                .param("form", form.form())
                .param("purpose", form.purpose())
                .param("website", form.website())
                .param("email", form.email())
                .param("phone", form.phone())
                .param("contactName", form.contactName())
                .param("contactEmail", form.contactEmail());
        form.districts().forEach(d -> post.param("districts", d));
        form.activities().forEach(a -> post.param("activities", a));
        return post;
    }

    /** The outbox's e-mails to the address, waiting for the event listeners that write them. */
    static List<String> mailsTo(JdbcClient jdbc, String email, int atLeast) {
        await().atMost(Duration.ofSeconds(10)).until(() -> mails(jdbc, email).size() >= atLeast);
        return mails(jdbc, email);
    }

    static List<String> mails(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT subject || '\n' || body FROM outbox_message WHERE recipient = ? ORDER BY created_at")
                .param(email)
                .query(String.class)
                .list();
    }
}
