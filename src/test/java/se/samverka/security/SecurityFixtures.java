package se.samverka.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** People, organisations, efforts and tokens for the security tests, copied from the modules' own fixtures. */
final class SecurityFixtures {

    private SecurityFixtures() {}

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    static String district(Districts districts, String name) {
        return districts.save(null, name + " " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(UUID.randomUUID(), "samordnare-matris", "x", Role.COORDINATOR, "Samordnare", true);
    }

    /** An administrator with a real account row (some pages record who acted, by account). */
    static SamverkaUser admin(AccountManagement accounts) {
        var username = "admin-matris-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaffAccount(username, "Hemligt-" + username, Role.ADMIN, "Admin");
        return accounts.findByUsername(username).orElseThrow();
    }

    /** An organisation with the status working in the district, written straight to its table. */
    static UUID organisation(
            JdbcClient jdbc, String name, String purpose, String website, String status, String district) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO organisation (id, name, form, purpose, website, email, status, applied_at, confirmed_at)
				VALUES (?, ?, 'IDEELL_FORENING', ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        name + " " + id.toString().substring(0, 8),
                        purpose,
                        website,
                        "info-" + id + "@example.se",
                        status,
                        now,
                        now)
                .update();
        jdbc.sql("INSERT INTO organisation_district (organisation_id, district_id) VALUES (?, ?)")
                .params(id, district)
                .update();
        return id;
    }

    /** A representative account that is an administrator of the organisation. */
    static SamverkaUser member(JdbcClient jdbc, AccountManagement accounts, UUID organisationId, String name) {
        var email = "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
        var accountId = accounts.representativeAccount(EmailAddress.of(email), name, Locale.forLanguageTag("sv"));
        jdbc.sql("""
				INSERT INTO organisation_member (organisation_id, account_id, role, name, email, added_at)
				VALUES (?, ?, 'ADMIN', ?, ?, ?)""")
                .params(organisationId, accountId, name, email, Timestamp.from(Instant.now()))
                .update();
        return new SamverkaUser(accountId, email, null, Role.REPRESENTATIVE, name, true);
    }

    /** A confirmed volunteer who shops in the district, every day and evening. */
    static SamverkaUser volunteer(JdbcClient jdbc, String name, String district) {
        return TestVolunteer.named(name)
                .in(district)
                .email("v-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se")
                .adult(true)
                .insert(jdbc)
                .user();
    }

    static UUID volunteerId(JdbcClient jdbc, SamverkaUser user) {
        return jdbc.sql("SELECT id FROM volunteer WHERE account_id = ?")
                .param(user.accountId())
                .query(UUID.class)
                .single();
    }

    static NewHelpRequest shopping(String residentName, String address, String description, String district) {
        return new NewHelpRequest(
                residentName,
                PhoneNumber.of("08-560 391 00"),
                address,
                district,
                HelpKind.SHOPPING,
                description,
                LocalDate.now().plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                "Blåbär",
                null,
                null,
                Channel.PHONE,
                null,
                null,
                null);
    }

    /** A published effort of the organisation (or, null, of a department) in the district. */
    static UUID publishedEffort(
            Efforts efforts, UUID organisationId, String district, String title, String description) {
        var today = LocalDate.now();
        var id = efforts.create(
                new Effort(
                        null,
                        organisationId,
                        organisationId == null ? "sof" : null,
                        title,
                        description,
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

    /** An open shift in a few days, at its own place. */
    static UUID shift(Efforts efforts, UUID effortId, String district, String title, SignupMode mode) {
        return efforts.addShifts(
                        new Shift(
                                null,
                                effortId,
                                title,
                                LocalDate.now().plusDays(3),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                "Plats " + UUID.randomUUID(),
                                district,
                                1,
                                5,
                                null,
                                false,
                                mode,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
    }

    /** A live sign-up of the volunteer to the shift, written straight to its table. */
    static UUID signup(JdbcClient jdbc, UUID shiftId, UUID volunteerId, String status) {
        var id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now());
        jdbc.sql("""
				INSERT INTO effort_signup (id, shift_id, volunteer_id, status, active_shift_id, created_at, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, shiftId, volunteerId, status, shiftId, now, now)
                .update();
        return id;
    }

    static String newToken() {
        return UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
    }

    /** As the modules store their tokens: SHA-256, hex. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
