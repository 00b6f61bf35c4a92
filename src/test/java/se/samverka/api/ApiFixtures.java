package se.samverka.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;

/** Organisations, efforts and shifts for the API's tests, written through the modules' APIs or their tables. */
final class ApiFixtures {

    private ApiFixtures() {}

    static String district(Districts districts, String name) {
        return districts.save(null, name + " " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }

    static UUID organisation(JdbcClient jdbc, String name, String district) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', 'Hjälper grannar', ?, 'APPROVED', ?, ?)""")
                .params(id, name + " " + id.toString().substring(0, 8), "info-" + id + "@example.se", now, now)
                .update();
        jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                .params(id, district)
                .update();
        return id;
    }

    /** A representative who is the organisation's administrator (or, {@code admin} false, a plain member). */
    static SamverkaUser member(JdbcClient jdbc, AccountManagement accounts, UUID organisationId, boolean admin) {
        var email = "api-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        var accountId = accounts.representativeAccount(EmailAddress.of(email), "Ada Api", Locale.forLanguageTag("sv"));
        jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, account_id, role, name, email, added_at)
				VALUES (?, ?, ?, 'Ada Api', ?, ?)""")
                .params(
                        organisationId,
                        accountId,
                        admin ? "ADMIN" : "COORDINATOR",
                        email,
                        Timestamp.from(Instant.now()))
                .update();
        return new SamverkaUser(accountId, email, null, Role.REPRESENTATIVE, "Ada Api", true);
    }

    static UUID publishedEffort(Efforts efforts, UUID organisationId, String district, String title, LocalDate start) {
        var id = efforts.create(
                new Effort(
                        null,
                        organisationId,
                        null,
                        title,
                        "Beskrivning; med, tecken",
                        "Äldre",
                        start,
                        start.plusMonths(2),
                        "Kontakt Hemlig",
                        "kontakt.hemlig@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(id);
        return id;
    }

    static UUID shift(Efforts efforts, UUID effortId, String district, String language, LocalDate date) {
        return efforts.addShifts(
                        new Shift(
                                null,
                                effortId,
                                "Pass",
                                date,
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                "Plats " + UUID.randomUUID(),
                                district,
                                1,
                                5,
                                language,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
    }

    /** A resident's request in the district, submitted by phone, ready to be referred. */
    static se.samverka.helprequest.HelpRequest request(
            se.samverka.helprequest.HelpRequests helpRequests, String district) {
        return helpRequests.submit(
                new se.samverka.helprequest.NewHelpRequest(
                        "Greta Hemlig",
                        se.samverka.shared.PhoneNumber.of("070-123 45 67"),
                        "Hemliga vägen 7",
                        district,
                        HelpKind.SHOPPING,
                        "Mjölk och bröd",
                        LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).plusDays(5),
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        se.samverka.helprequest.Recurrence.ONE_OFF,
                        se.samverka.helprequest.PaymentMethod.INVOICE,
                        "Blåbär",
                        null,
                        null,
                        se.samverka.helprequest.Channel.PHONE,
                        null,
                        null,
                        null),
                "test");
    }
}
