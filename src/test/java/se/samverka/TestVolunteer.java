package se.samverka;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/**
 * A confirmed volunteer written straight to the tables, for tests in every module: by default free every day
 * and evening, asked at most once a week, shopping, Swedish-speaking, Swedish account, by e-mail. Change what a
 * test needs, then {@link #insert(JdbcClient)}.
 */
public final class TestVolunteer {

    /** The volunteer as written. */
    public record Created(UUID id, UUID accountId, String name, String email, String phone) {

        /** The volunteer as the logged-in principal. */
        public SamverkaUser user() {
            return new SamverkaUser(accountId, email, null, Role.VOLUNTEER, name, true);
        }
    }

    private final String name;
    private String district;
    private UUID id = UUID.randomUUID();
    private String email;
    private String phone = "+46701234567";
    private String locale = "sv";
    private String channel = "EMAIL";
    private boolean adult;
    private List<String> kinds = List.of("SHOPPING");
    private List<String> languages = List.of("sv");

    private TestVolunteer(String name) {
        this.name = name;
        this.email = name.toLowerCase().replace(' ', '.') + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
    }

    public static TestVolunteer named(String name) {
        return new TestVolunteer(name);
    }

    public TestVolunteer in(String districtId) {
        this.district = districtId;
        return this;
    }

    /** A chosen id: never-asked volunteers are asked in the order of their ids. */
    public TestVolunteer id(UUID id) {
        this.id = id;
        return this;
    }

    public TestVolunteer email(String email) {
        this.email = email;
        return this;
    }

    public TestVolunteer phone(String e164) {
        this.phone = e164;
        return this;
    }

    public TestVolunteer locale(String locale) {
        this.locale = locale;
        return this;
    }

    public TestVolunteer channel(String channel) {
        this.channel = channel;
        return this;
    }

    public TestVolunteer adult(boolean adult) {
        this.adult = adult;
        return this;
    }

    public TestVolunteer kinds(String... kinds) {
        this.kinds = List.of(kinds);
        return this;
    }

    public TestVolunteer languages(String... languages) {
        this.languages = List.of(languages);
        return this;
    }

    public Created insert(JdbcClient jdbc) {
        var accountId = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql(
                        "INSERT INTO account (id, username, role, display_name, locale, enabled, created_at) VALUES (?, ?, 'VOLUNTEER', ?, ?, TRUE, ?)")
                .params(accountId, email, name, locale, now)
                .update();
        jdbc.sql("""
				INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening,
				  weekend_daytime, weekend_evening, ask_frequency, privacy_notice_version, consented_at,
				  email_confirmed_at, created_at, contact_channel, adult_confirmed)
				VALUES (?, ?, ?, ?, ?, FALSE, TRUE, TRUE, TRUE, TRUE, 'ONCE_A_WEEK', 'test', ?, ?, ?, ?, ?)""")
                .params(id, accountId, name, email, phone, now, now, now, channel, adult)
                .update();
        if (district != null) {
            jdbc.sql("INSERT INTO volunteer_district (volunteer_id, district_id) VALUES (?, ?)")
                    .params(id, district)
                    .update();
        }
        for (var kind : kinds) {
            jdbc.sql("INSERT INTO volunteer_help_kind (volunteer_id, kind) VALUES (?, ?)")
                    .params(id, kind)
                    .update();
        }
        for (var language : languages) {
            jdbc.sql("INSERT INTO volunteer_language (volunteer_id, language) VALUES (?, ?)")
                    .params(id, language)
                    .update();
        }
        jdbc.sql("INSERT INTO callout_candidate_change (volunteer_id, changed_at) VALUES (?, CURRENT_TIMESTAMP)")
                .param(id)
                .update();
        return new Created(id, accountId, name, email, phone);
    }

    /**
     * Tells the call-out's candidate index of every app instance that volunteers changed behind the modules'
     * backs (a test's own SQL): each is read again before the next wave.
     */
    public static void changed(JdbcClient jdbc) {
        jdbc.sql("""
				INSERT INTO callout_candidate_change (volunteer_id, changed_at)
				SELECT id, CURRENT_TIMESTAMP FROM volunteer""").update();
    }
}
