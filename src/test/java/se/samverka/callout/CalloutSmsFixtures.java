package se.samverka.callout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Volunteers for the SMS call-out tests, written straight to the tables with an id that fixes their order. */
final class CalloutSmsFixtures {

	private CalloutSmsFixtures() {
	}

	/** A volunteer asked the way they chose. */
	record Asked(UUID id, String name, String phone, String email) {
	}

	/**
	 * A confirmed volunteer who shops in the district at any time, at most once a week. Never-asked volunteers
	 * are asked in the order of their ids, so {@code order} decides who comes first.
	 */
	static Asked volunteer(JdbcClient jdbc, int order, String name, String district, String channel, String locale) {
		return volunteer(jdbc, order, name, district, channel, locale, uniqueNumber());
	}

	/** The same, with a phone number someone else may share. */
	static Asked volunteer(JdbcClient jdbc, int order, String name, String district, String channel, String locale,
			String phone) {
		var accountId = UUID.randomUUID();
		var id = new UUID(order, ThreadLocalRandom.current().nextLong());
		var email = "sms." + UUID.randomUUID().toString().substring(0, 12) + "@example.se";
		var now = Timestamp.from(Instant.now());
		jdbc.sql("INSERT INTO account (id, username, role, display_name, locale, enabled, created_at) VALUES (?, ?, 'VOLUNTEER', ?, ?, TRUE, ?)")
			.params(accountId, email, name, locale, now)
			.update();
		jdbc.sql("""
				INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening,
				  weekend_daytime, weekend_evening, ask_frequency, privacy_notice_version, consented_at,
				  email_confirmed_at, created_at, contact_channel)
				VALUES (?, ?, ?, ?, ?, FALSE, TRUE, TRUE, TRUE, TRUE, 'ONCE_A_WEEK', 'test', ?, ?, ?, ?)""")
			.params(id, accountId, name, email, phone, now, now, now, channel)
			.update();
		jdbc.sql("INSERT INTO volunteer_district (volunteer_id, district_id) VALUES (?, ?)").params(id, district).update();
		jdbc.sql("INSERT INTO volunteer_help_kind (volunteer_id, kind) VALUES (?, 'SHOPPING')").param(id).update();
		jdbc.sql("INSERT INTO volunteer_language (volunteer_id, language) VALUES (?, 'sv')").param(id).update();
		return new Asked(id, name, phone, email);
	}

	/** A valid Swedish mobile number no other test uses. */
	static String uniqueNumber() {
		return "+4670" + ThreadLocalRandom.current().nextInt(2_000_000, 10_000_000);
	}
}
