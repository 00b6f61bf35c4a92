package se.samverka;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/**
 * A confirmed volunteer written straight to the tables, for tests in every module: by default free every day
 * and evening, asked at most once a week, shopping, Swedish-speaking, messages in Swedish (on the volunteer and
 * their account), by e-mail. Change what a test needs, then {@link #insert(JdbcClient)}.
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

    private static final String ACCOUNT_SQL =
            "INSERT INTO account (id, username, role, display_name, locale, enabled, created_at) VALUES (?, ?, 'VOLUNTEER', ?, ?, TRUE, ?)";

    private static final String VOLUNTEER_SQL = """
			INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening,
			  weekend_daytime, weekend_evening, ask_frequency, privacy_notice_version, consented_at,
			  email_confirmed_at, created_at, contact_channel, adult_confirmed, locale)
			VALUES (?, ?, ?, ?, ?, FALSE, TRUE, TRUE, TRUE, TRUE, 'ONCE_A_WEEK', 'test', ?, ?, ?, ?, ?, ?)""";

    private static final String DISTRICT_SQL =
            "INSERT INTO volunteer_district (volunteer_id, district_id) VALUES (?, ?)";

    private static final String KIND_SQL = "INSERT INTO volunteer_help_kind (volunteer_id, kind) VALUES (?, ?)";

    private static final String LANGUAGE_SQL = "INSERT INTO volunteer_language (volunteer_id, language) VALUES (?, ?)";

    private static final String CHANGE_SQL =
            "INSERT INTO callout_candidate_change (volunteer_id, changed_at) VALUES (?, CURRENT_TIMESTAMP)";

    public Created insert(JdbcClient jdbc) {
        var accountId = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql(ACCOUNT_SQL).params(accountId, email, name, locale, now).update();
        jdbc.sql(VOLUNTEER_SQL)
                .params(id, accountId, name, email, phone, now, now, now, channel, adult, locale)
                .update();
        if (district != null) {
            jdbc.sql(DISTRICT_SQL).params(id, district).update();
        }
        for (var kind : kinds) {
            jdbc.sql(KIND_SQL).params(id, kind).update();
        }
        for (var language : languages) {
            jdbc.sql(LANGUAGE_SQL).params(id, language).update();
        }
        jdbc.sql(CHANGE_SQL).param(id).update();
        return new Created(id, accountId, name, email, phone);
    }

    /**
     * Many volunteers, each written exactly as {@link #insert(JdbcClient)} writes one, but with one JDBC batch per
     * table instead of five or more round trips per volunteer: for tests that need hundreds or thousands.
     */
    public static List<Created> insertAll(JdbcTemplate jdbc, List<TestVolunteer> volunteers) {
        var now = Timestamp.from(Instant.now());
        var created = new ArrayList<Created>();
        var accounts = new ArrayList<Object[]>();
        var rows = new ArrayList<Object[]>();
        var districts = new ArrayList<Object[]>();
        var kinds = new ArrayList<Object[]>();
        var languages = new ArrayList<Object[]>();
        var changes = new ArrayList<Object[]>();
        for (var v : volunteers) {
            var accountId = UUID.randomUUID();
            accounts.add(new Object[] {accountId, v.email, v.name, v.locale, now});
            rows.add(
                    new Object[] {v.id, accountId, v.name, v.email, v.phone, now, now, now, v.channel, v.adult, v.locale
                    });
            if (v.district != null) {
                districts.add(new Object[] {v.id, v.district});
            }
            v.kinds.forEach(kind -> kinds.add(new Object[] {v.id, kind}));
            v.languages.forEach(language -> languages.add(new Object[] {v.id, language}));
            changes.add(new Object[] {v.id});
            created.add(new Created(v.id, accountId, v.name, v.email, v.phone));
        }
        jdbc.batchUpdate(ACCOUNT_SQL, accounts);
        jdbc.batchUpdate(VOLUNTEER_SQL, rows);
        jdbc.batchUpdate(DISTRICT_SQL, districts);
        jdbc.batchUpdate(KIND_SQL, kinds);
        jdbc.batchUpdate(LANGUAGE_SQL, languages);
        jdbc.batchUpdate(CHANGE_SQL, changes);
        return created;
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
