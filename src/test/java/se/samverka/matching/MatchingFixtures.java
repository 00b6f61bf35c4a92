package se.samverka.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.samverka.account.SamverkaUser;
import se.samverka.account.Role;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Volunteers and requests for matching tests, written straight to the tables. */
final class MatchingFixtures {

	private MatchingFixtures() {
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

	static NewHelpRequest shopping(String residentName, String district) {
		return new NewHelpRequest(residentName, PhoneNumber.of("08-560 391 00"), "Bryggvägen 3", district,
				HelpKind.SHOPPING, "Mjölk, bröd och kaffe", LocalDate.now().plusDays(2), LocalTime.of(10, 0),
				LocalTime.of(12, 0), Recurrence.ONE_OFF, PaymentMethod.INVOICE, "Blåbär", Boolean.TRUE, null,
				Channel.PHONE, null, null, null);
	}

	static SamverkaUser coordinator() {
		return new SamverkaUser(UUID.randomUUID(), "samordnare-test", "x", Role.COORDINATOR, "Samordnare", true);
	}

	static Set<String> ids(String... ids) {
		return Set.of(ids);
	}
}
