package se.samverka.effort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Efforts and the districts they run in, in SQL. Shifts and sign-ups have their own repositories. */
@Repository
class EffortRepository {

    static final String EFFORT = """
			SELECT e.id, e.organisation_id, e.department_id, e.title, e.description, e.target_group, e.period_start,
			  e.period_end, e.contact_name, e.contact_email, e.contact_phone, e.status
			FROM effort e""";

    private final JdbcClient jdbc;

    EffortRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Effort e, String createdBy, Instant now) {
        jdbc.sql("""
				INSERT INTO effort (id, organisation_id, department_id, title, description, target_group, period_start,
				  period_end, contact_name, contact_email, contact_phone, status, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        e.id(),
                        e.organisationId(),
                        e.departmentId(),
                        e.title(),
                        e.description(),
                        e.targetGroup(),
                        e.periodStart(),
                        e.periodEnd(),
                        e.contactName(),
                        e.contactEmail(),
                        e.contactPhone(),
                        e.status().name(),
                        createdBy,
                        Timestamp.from(now))
                .update();
        districts(e.id(), e.districtIds());
    }

    void update(Effort e) {
        jdbc.sql("""
				UPDATE effort SET department_id = ?, title = ?, description = ?, target_group = ?, period_start = ?,
				  period_end = ?, contact_name = ?, contact_email = ?, contact_phone = ? WHERE id = ?""")
                .params(
                        e.departmentId(),
                        e.title(),
                        e.description(),
                        e.targetGroup(),
                        e.periodStart(),
                        e.periodEnd(),
                        e.contactName(),
                        e.contactEmail(),
                        e.contactPhone(),
                        e.id())
                .update();
        jdbc.sql("DELETE FROM effort_district WHERE effort_id = ?")
                .param(e.id())
                .update();
        districts(e.id(), e.districtIds());
    }

    private void districts(UUID effortId, List<String> districtIds) {
        for (var d : districtIds) {
            jdbc.sql("INSERT INTO effort_district (effort_id, district_id) VALUES (?, ?)")
                    .params(effortId, d)
                    .update();
        }
    }

    void status(UUID effortId, EffortStatus status, Instant now) {
        jdbc.sql("UPDATE effort SET status = ?, closed_at = ? WHERE id = ?")
                .params(status.name(), status == EffortStatus.CLOSED ? Timestamp.from(now) : null, effortId)
                .update();
    }

    Optional<Effort> find(UUID id) {
        return jdbc.sql(EFFORT + " WHERE e.id = ?")
                .param(id)
                .query(EffortRepository::effort)
                .optional()
                .map(e -> withDistricts(List.of(e)).get(0));
    }

    /** An organisation's efforts, or (organisationId null) the departments' efforts; newest period first. */
    List<Effort> ownedBy(UUID organisationId) {
        if (organisationId == null) {
            return withDistricts(
                    jdbc.sql(EFFORT + " WHERE e.department_id IS NOT NULL ORDER BY e.period_start DESC, e.title")
                            .query(EffortRepository::effort)
                            .list());
        }
        return withDistricts(jdbc.sql(EFFORT + " WHERE e.organisation_id = ? ORDER BY e.period_start DESC, e.title")
                .param(organisationId)
                .query(EffortRepository::effort)
                .list());
    }

    /** Maps a row of {@link #EFFORT}; the districts come from {@link #withDistricts}. */
    static Effort effort(ResultSet rs, int i) throws SQLException {
        return new Effort(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                EffortStatus.valueOf(rs.getString(12)),
                List.of());
    }

    List<Effort> withDistricts(List<Effort> efforts) {
        return efforts.stream()
                .map(e -> e.withDistricts(
                        jdbc.sql("SELECT district_id FROM effort_district WHERE effort_id = ? ORDER BY district_id")
                                .param(e.id())
                                .query(String.class)
                                .list()))
                .toList();
    }
}
