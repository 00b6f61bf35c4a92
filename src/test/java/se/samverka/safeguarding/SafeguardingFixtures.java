package se.samverka.safeguarding;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/** Volunteers and staff for safeguarding tests, written straight to the tables (as in TaskFixtures). */
final class SafeguardingFixtures {

    private SafeguardingFixtures() {}

    /** A confirmed volunteer who shops in the district, every day and evening, at most once a week. */
    static SamverkaUser volunteer(JdbcClient jdbc, String name, String district) {
        return TestVolunteer.named(name).in(district).insert(jdbc).user();
    }

    static SamverkaUser volunteer(JdbcClient jdbc, String name) {
        return volunteer(jdbc, name, "stenhamra");
    }

    static UUID volunteerId(JdbcClient jdbc, SamverkaUser user) {
        return jdbc.sql("SELECT id FROM volunteer WHERE account_id = ?")
                .param(user.accountId())
                .query(UUID.class)
                .single();
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(UUID.randomUUID(), "samordnare-test", "x", Role.COORDINATOR, "Samordnare", true);
    }

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }
}
