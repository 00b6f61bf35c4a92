package se.samverka.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;

/** The data pages in plain words: labels for columns, values as people read them (issue 13, point 6). */
@IntegrationTest
class PlainValuesTests {

    static final Locale SV = Locale.forLanguageTag("sv");
    static final Locale EN = Locale.ENGLISH;

    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)*\\b");
    private static final Pattern UTC_STAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.Set<String> FREE_TEXT = java.util.Set.of(
            "message", "body", "subject", "text", "note", "description", "detail", "summary", "title", "name");
    private static final Pattern TRUE_FALSE = Pattern.compile("^(true|false)$");

    @Autowired
    PlainValues plain;

    @Autowired
    JdbcClient jdbc;

    @Test
    void valuesReadAsPeopleReadThem() {
        var profile = new PersonalDataSection("volunteer", "profile", List.of());
        var requests = new PersonalDataSection("helprequest", "requests", List.of());
        var consents = new PersonalDataSection("consent", "consents", List.of());
        assertThat(plain.value(profile, "has_car", "true", SV)).isEqualTo("Ja");
        assertThat(plain.value(profile, "has_car", "false", EN)).isEqualTo("No");
        assertThat(plain.value(profile, "created_at", "2026-12-07T05:17:04.806630Z", SV))
                .isEqualTo("7 december 2026 kl. 06:17");
        assertThat(plain.value(profile, "created_at", "2026-12-07T05:17:04.806630Z", EN))
                .isEqualTo("7 December 2026, 06:17");
        assertThat(plain.value(profile, "created_at", "2026-07-07T05:17:04Z", SV))
                .as("summer time")
                .isEqualTo("7 juli 2026 kl. 07:17");
        assertThat(plain.value(profile, "paused_until", "2026-12-07", SV)).isEqualTo("7 december 2026");
        assertThat(plain.value(profile, "paused_until", "2026-12-07", EN)).isEqualTo("7 December 2026");
        assertThat(plain.value(profile, "phone", "+46701110001", SV)).isEqualTo("070-111 00 01");
        assertThat(plain.value(profile, "quiet_from", "21:00:00", SV)).isEqualTo("21:00");
        assertThat(plain.value(profile, "name", null, SV)).isEqualTo("–");
        assertThat(plain.value(requests, "kind", "SHOPPING", SV)).isEqualTo("Handling");
        var history = new PersonalDataSection("helprequest", "history", List.of());
        assertThat(plain.value(history, "detail", "PHONE", SV)).isEqualTo("Telefon");
        assertThat(plain.value(history, "detail", "Klart, Anna handlade", SV)).isEqualTo("Klart, Anna handlade");
        assertThat(plain.value(consents, "purpose", "VOLUNTEER_REGISTER", EN)).doesNotContain("VOLUNTEER_REGISTER");
        var district = PrivacyFixtures.district(jdbc);
        var districtName = jdbc.sql("SELECT name FROM district WHERE id = ?")
                .param(district)
                .query(String.class)
                .single();
        assertThat(plain.value(requests, "district_id", district, SV)).isEqualTo(districtName);
        assertThat(plain.label(profile, "has_car", SV)).isEqualTo("Har bil");
        assertThat(plain.label(profile, "has_car", EN)).isEqualTo("Has a car");
        assertThat(plain.label(requests, "email", EN)).as("the common fallback").isEqualTo("Email");
    }

    /**
     * Every column of the given sections has a label in Swedish and English, and no value reads as a stored code,
     * a machine time stamp or true/false. Used where a person's data is filled in everywhere.
     */
    static void assertEveryColumnPlain(PlainValues plain, List<PersonalDataSection> sections) {
        var problems = new ArrayList<String>();
        for (var section : sections) {
            for (Map<String, String> row : section.rows()) {
                row.forEach((column, raw) -> {
                    var where = section.module() + "." + section.name() + "." + column;
                    for (var locale : List.of(SV, EN)) {
                        if (plain.findLabel(section, column, locale).isEmpty()) {
                            problems.add(where + " has no label in " + locale);
                        }
                    }
                    // a value the page shows as stored in both languages must not look like a code, stamp or flag
                    var sv = plain.value(section, column, raw, SV);
                    var en = plain.value(section, column, raw, EN);
                    if (raw != null
                            && raw.equals(sv)
                            && raw.equals(en)
                            && !FREE_TEXT.contains(column)
                            && (ENUM_CODE.matcher(raw).matches()
                                    || UTC_STAMP.matcher(raw).find()
                                    || TRUE_FALSE.matcher(raw).matches())) {
                        problems.add(where + " shows '" + raw + "'");
                    }
                });
            }
        }
        assertThat(problems).as("columns not in plain words").isEmpty();
    }
}
