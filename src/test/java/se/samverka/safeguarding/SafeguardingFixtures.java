package se.samverka.safeguarding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/** Volunteers and staff for safeguarding tests, written straight to the tables (as in MatchingFixtures). */
final class SafeguardingFixtures {

	private SafeguardingFixtures() {
	}

	/** A confirmed volunteer who shops in the district, every day and evening, at most once a week. */
	static SamverkaUser volunteer(JdbcClient jdbc, String name, String district) {
		var accountId = UUID.randomUUID();
		var volunteerId = UUID.randomUUID();
		var email = name.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
		var now = Timestamp.from(Instant.now());
		jdbc.sql("INSERT INTO account (id, username, role, display_name, locale, enabled, created_at) VALUES (?, ?, 'VOLUNTEER', ?, 'sv', TRUE, ?)")
			.params(accountId, email, name, now)
			.update();
		jdbc.sql("""
				INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening,
				  weekend_daytime, weekend_evening, ask_frequency, privacy_notice_version, consented_at,
				  email_confirmed_at, created_at)
				VALUES (?, ?, ?, ?, '+46701234567', FALSE, TRUE, TRUE, TRUE, TRUE, 'ONCE_A_WEEK', 'test', ?, ?, ?)""")
			.params(volunteerId, accountId, name, email, now, now, now)
			.update();
		jdbc.sql("INSERT INTO volunteer_district (volunteer_id, district_id) VALUES (?, ?)").params(volunteerId, district).update();
		jdbc.sql("INSERT INTO volunteer_help_kind (volunteer_id, kind) VALUES (?, 'SHOPPING')").param(volunteerId).update();
		jdbc.sql("INSERT INTO volunteer_language (volunteer_id, language) VALUES (?, 'sv')").param(volunteerId).update();
		return new SamverkaUser(accountId, email, null, Role.VOLUNTEER, name, true);
	}

	static SamverkaUser volunteer(JdbcClient jdbc, String name) {
		return volunteer(jdbc, name, "stenhamra");
	}

	static UUID volunteerId(JdbcClient jdbc, SamverkaUser user) {
		return jdbc.sql("SELECT id FROM volunteer WHERE account_id = ?").param(user.accountId()).query(UUID.class).single();
	}

	static SamverkaUser coordinator() {
		return new SamverkaUser(UUID.randomUUID(), "samordnare-test", "x", Role.COORDINATOR, "Samordnare", true);
	}

	static Authentication as(SamverkaUser user) {
		return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
	}
}
