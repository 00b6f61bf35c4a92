package se.samverka.municipality;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code municipality_identity} and the log of its changes. */
@Repository
class IdentityRepository {

    private final JdbcClient jdbc;

    IdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MunicipalIdentity> find() {
        return jdbc.sql("SELECT name, phone, opening_hours, opening_hours_en, address, email, logo, primary_colour"
                        + " FROM municipality_identity WHERE id = 1")
                .query((rs, n) -> new MunicipalIdentity(
                        rs.getString("name"),
                        rs.getString("phone"),
                        rs.getString("opening_hours"),
                        rs.getString("opening_hours_en"),
                        rs.getString("address"),
                        rs.getString("email"),
                        rs.getString("logo"),
                        rs.getString("primary_colour")))
                .optional();
    }

    /** Stores the identity, replacing the one stored before. */
    void save(MunicipalIdentity identity, String by, Instant at) {
        var updated = jdbc.sql("UPDATE municipality_identity SET name = ?, phone = ?, opening_hours = ?,"
                        + " opening_hours_en = ?, address = ?, email = ?, logo = ?, primary_colour = ?, updated_at = ?,"
                        + " updated_by = ? WHERE id = 1")
                .params(values(identity, by, at))
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "INSERT INTO municipality_identity (name, phone, opening_hours, opening_hours_en, address, email,"
                                    + " logo, primary_colour, updated_at, updated_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                    .params(values(identity, by, at))
                    .update();
        }
    }

    private static List<Object> values(MunicipalIdentity identity, String by, Instant at) {
        return List.of(
                identity.name(),
                identity.phone(),
                identity.openingHours(),
                identity.openingHoursEn(),
                identity.address(),
                identity.email(),
                identity.logo(),
                identity.primaryColour(),
                Timestamp.from(at),
                by);
    }

    boolean delete() {
        return jdbc.sql("DELETE FROM municipality_identity WHERE id = 1").update() > 0;
    }

    void recordChange(Instant at, String by, String fields) {
        jdbc.sql("INSERT INTO municipality_identity_change (changed_at, changed_by, fields) VALUES (?, ?, ?)")
                .params(Timestamp.from(at), by, fields.length() > 300 ? fields.substring(0, 300) : fields)
                .update();
    }

    List<IdentityChange> changes(int limit) {
        return jdbc.sql("SELECT changed_at, changed_by, fields FROM municipality_identity_change"
                        + " ORDER BY changed_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new IdentityChange(
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        List.of(rs.getString("fields").split(","))))
                .list();
    }
}
