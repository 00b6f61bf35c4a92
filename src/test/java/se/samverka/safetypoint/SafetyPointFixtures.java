package se.samverka.safetypoint;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupMode;
import se.samverka.shared.HelpKind;

/** Districts, efforts, shifts and safety points for the safety point tests. */
final class SafetyPointFixtures {

    private SafetyPointFixtures() {}

    static final SamverkaUser COORDINATOR =
            new SamverkaUser(UUID.randomUUID(), "trygg@ekero.se", "{noop}x", Role.COORDINATOR, "Sara", true);

    static Authentication as(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    static String district(Districts districts, String name) {
        return districts.save(null, name + " " + System.nanoTime(), 650000, 6580000, 990, Set.of());
    }

    /** A published municipal effort (Socialförvaltningen) in the district. */
    static UUID effort(Efforts efforts, String district, String title) {
        var today = LocalDate.now();
        var id = efforts.create(
                new Effort(
                        null,
                        null,
                        "sof",
                        title,
                        "Bemanning av trygghetspunkten",
                        "Alla",
                        today,
                        today.plusMonths(1),
                        "Kontakt Person",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(id);
        return id;
    }

    /** A shift on the day between the times, three places, anyone may take one at once. */
    static UUID shift(Efforts efforts, UUID effortId, String district, LocalDate day, LocalTime from, LocalTime to) {
        return efforts.addShifts(
                        new Shift(
                                null,
                                effortId,
                                "Kvällspass",
                                day,
                                from,
                                to,
                                "Biblioteket",
                                district,
                                1,
                                3,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
    }

    static UUID point(JdbcClient jdbc, String name, String district, String status, UUID effortId) {
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO safety_point (id, name, address, district_id, opening_hours, capacity, status, public_note,
				  effort_id, created_by, created_at, changed_at)
				VALUES (?, ?, 'Torget 1', ?, 'Dygnet runt', 40, ?, 'Ta med laddare', ?, 'test', ?, ?)""")
                .params(
                        id,
                        name,
                        district,
                        status,
                        effortId,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }
}
