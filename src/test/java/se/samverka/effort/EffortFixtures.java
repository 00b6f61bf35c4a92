package se.samverka.effort;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.organisation.OrganisationStatus;
import se.samverka.organisation.OrganisationTestData;
import se.samverka.shared.HelpKind;

/** Districts, organisations, members, volunteers, efforts and shifts for effort tests. */
final class EffortFixtures {

    private EffortFixtures() {}

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    static String district(Districts districts, String name) {
        return districts.save(null, name + " " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(UUID.randomUUID(), "samordnare-insats", "x", Role.COORDINATOR, "Samordnare", true);
    }

    /** An organisation with the status, written straight to its table. */
    static UUID organisation(JdbcClient jdbc, String name, String status) {
        return OrganisationTestData.organisation(jdbc, name, OrganisationStatus.valueOf(status), "info@example.se");
    }

    /** A representative account that is a member (coordinator) of the organisation. */
    static SamverkaUser member(JdbcClient jdbc, AccountManagement accounts, UUID organisationId, String name) {
        var email = name.toLowerCase().replace(' ', '.') + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        return OrganisationTestData.coordinator(jdbc, accounts, organisationId, name, email);
    }

    /** A confirmed volunteer who shops in the district, every day and evening. */
    static SamverkaUser volunteer(JdbcClient jdbc, String name, String district) {
        return TestVolunteer.named(name).in(district).insert(jdbc).user();
    }

    static UUID volunteerId(JdbcClient jdbc, SamverkaUser user) {
        return jdbc.sql("SELECT id FROM volunteer WHERE account_id = ?")
                .param(user.accountId())
                .query(UUID.class)
                .single();
    }

    /** A published effort of the organisation (or, null, of a department) in the district. */
    static UUID publishedEffort(Efforts efforts, UUID organisationId, String district, String title) {
        var today = LocalDate.now();
        var id = efforts.create(
                new Effort(
                        null,
                        organisationId,
                        organisationId == null ? "sof" : null,
                        title,
                        "Beskrivning",
                        "Äldre",
                        today,
                        today.plusMonths(2),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(id);
        return id;
    }

    /** An open shift in a few days, at its own place so that shifts never overlap. */
    static UUID shift(Efforts efforts, UUID effortId, String district, int max, SignupMode mode, HelpKind kind) {
        return efforts.addShifts(
                        new Shift(
                                null,
                                effortId,
                                "Pass",
                                LocalDate.now().plusDays(3),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                "Plats " + UUID.randomUUID(),
                                district,
                                1,
                                max,
                                null,
                                false,
                                mode,
                                false,
                                0,
                                List.of(kind)),
                        0)
                .get(0);
    }

    static String mailTo(JdbcClient jdbc, String recipient, String dedupePrefix) {
        return jdbc.sql("SELECT body FROM outbox_message WHERE recipient = ? AND dedupe_key LIKE ?")
                .params(recipient, dedupePrefix + "%")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    static final Duration WAIT = Duration.ofSeconds(15);
}
