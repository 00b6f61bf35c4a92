package se.samverka.crisis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.PhoneNumber;

/** Spontaneous volunteers, one row per mobile number, and their districts. */
@Repository
class SpontaneousRepository {

    private final JdbcClient jdbc;

    SpontaneousRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a sign-up; a number signed up before is updated instead. The insert does nothing when the number exists
     * (on PostgreSQL it waits for a concurrent insert of the same number to commit), and the update that follows
     * locks the row, so two sign-ups at once with one number end as one row and never as an error.
     *
     * @return whether the number was new
     */
    boolean upsert(SpontaneousSignup signup, UUID crisisId, Instant at) {
        var skills = signup.skills().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        var inserted = jdbc.sql("""
				INSERT INTO spontaneous_volunteer (id, phone, name, skills, locale, crisis_id, first_signed_up_at,
				  signed_up_at, sign_ups, consented_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT DO NOTHING""")
                        .params(
                                UUID.randomUUID(),
                                signup.phone().e164(),
                                signup.name(),
                                skills,
                                signup.locale(),
                                crisisId,
                                Timestamp.from(at),
                                Timestamp.from(at),
                                Timestamp.from(at))
                        .update()
                == 1;
        if (!inserted) {
            jdbc.sql("""
					UPDATE spontaneous_volunteer SET name = ?, skills = ?, locale = ?, crisis_id = ?, signed_up_at = ?,
					  sign_ups = sign_ups + 1, consented_at = ? WHERE phone = ?""")
                    .params(
                            signup.name(),
                            skills,
                            signup.locale(),
                            crisisId,
                            Timestamp.from(at),
                            Timestamp.from(at),
                            signup.phone().e164())
                    .update();
        }
        var id = jdbc.sql("SELECT id FROM spontaneous_volunteer WHERE phone = ?")
                .param(signup.phone().e164())
                .query(UUID.class)
                .single();
        jdbc.sql("DELETE FROM spontaneous_volunteer_district WHERE volunteer_id = ?")
                .param(id)
                .update();
        for (var district : signup.districtIds()) {
            jdbc.sql("INSERT INTO spontaneous_volunteer_district (volunteer_id, district_id) VALUES (?, ?)")
                    .params(id, district)
                    .update();
        }
        return inserted;
    }

    int count(String districtId) {
        return jdbc.sql("SELECT COUNT(*) FROM spontaneous_volunteer v" + where(districtId))
                .params(params(districtId))
                .query(Integer.class)
                .single();
    }

    /** One page, newest sign-up first. */
    List<SpontaneousVolunteer> page(String districtId, int offset, int limit) {
        var args = new ArrayList<Object>(params(districtId));
        args.add(limit);
        args.add(offset);
        var rows = jdbc.sql("SELECT v.id, v.name, v.phone, v.skills, v.first_signed_up_at, v.signed_up_at, v.sign_ups,"
                        + " v.checks_completed_at, v.checks_completed_by"
                        + " FROM spontaneous_volunteer v" + where(districtId)
                        + " ORDER BY v.signed_up_at DESC, v.id LIMIT ? OFFSET ?")
                .params(args)
                .query(Row::map)
                .list();
        var districts = districtsOf(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(r -> r.volunteer(districts.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** The numbers (and languages) of everyone whose latest sign-up was for the crisis. */
    List<Map.Entry<String, String>> phonesOf(UUID crisisId) {
        return jdbc.sql("SELECT phone, locale FROM spontaneous_volunteer WHERE crisis_id = ? ORDER BY phone")
                .param(crisisId)
                .query((rs, n) -> Map.entry(rs.getString("phone"), rs.getString("locale")))
                .list();
    }

    private static String where(String districtId) {
        return districtId == null
                ? ""
                : " WHERE EXISTS (SELECT 1 FROM spontaneous_volunteer_district d"
                        + " WHERE d.volunteer_id = v.id AND d.district_id = ?)";
    }

    private static List<Object> params(String districtId) {
        return districtId == null ? List.of() : List.of(districtId);
    }

    private Map<UUID, List<String>> districtsOf(List<UUID> ids) {
        var result = new HashMap<UUID, List<String>>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT volunteer_id, district_id FROM spontaneous_volunteer_district WHERE volunteer_id IN (:ids)"
                        + " ORDER BY district_id")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("volunteer_id", UUID.class), rs.getString("district_id")))
                .list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return result;
    }

    private record Row(
            UUID id,
            String name,
            String phone,
            String skills,
            Instant first,
            Instant latest,
            int signUps,
            Instant checkedAt,
            String checkedBy) {

        static Row map(ResultSet rs, int n) throws SQLException {
            return new Row(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("phone"),
                    rs.getString("skills"),
                    rs.getTimestamp("first_signed_up_at").toInstant(),
                    rs.getTimestamp("signed_up_at").toInstant(),
                    rs.getInt("sign_ups"),
                    rs.getTimestamp("checks_completed_at") == null
                            ? null
                            : rs.getTimestamp("checks_completed_at").toInstant(),
                    rs.getString("checks_completed_by"));
        }

        SpontaneousVolunteer volunteer(List<String> districts) {
            var set = EnumSet.noneOf(Skill.class);
            Arrays.stream(skills.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(Skill.valueOf(s)));
            return new SpontaneousVolunteer(
                    id, name, new PhoneNumber(phone), set, districts, first, latest, signUps, checkedAt, checkedBy);
        }
    }
}
