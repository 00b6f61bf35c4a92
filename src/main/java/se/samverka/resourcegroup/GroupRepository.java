package se.samverka.resourcegroup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The groups, their members and the members' training. */
@Repository
class GroupRepository {

    private static final String GROUP = "SELECT g.id, g.name, g.kind, g.description, g.created_at,"
            + " (SELECT COUNT(*) FROM resource_group_member m WHERE m.group_id = g.id) AS members FROM resource_group g";

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, GroupKind kind, String description, String by, Instant at) {
        jdbc.sql("INSERT INTO resource_group (id, name, kind, description, created_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, name, kind.name(), description, by, Timestamp.from(at))
                .update();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM resource_group WHERE LOWER(name) = LOWER(?)")
                        .param(name)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    Optional<ResourceGroup> find(UUID id) {
        return jdbc.sql(GROUP + " WHERE g.id = ?")
                .param(id)
                .query(GroupRepository::group)
                .optional();
    }

    List<ResourceGroup> page(String text, GroupKind kind, int offset, int limit) {
        return jdbc.sql(GROUP + where(kind) + " ORDER BY g.name, g.id LIMIT ? OFFSET ?")
                .params(like(text), like(text), kind == null ? "" : kind.name(), limit, offset)
                .query(GroupRepository::group)
                .list();
    }

    long count(String text, GroupKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM resource_group g" + where(kind))
                .params(like(text), like(text), kind == null ? "" : kind.name())
                .query(Long.class)
                .single();
    }

    private static String where(GroupKind kind) {
        return " WHERE (? = '%%' OR LOWER(g.name) LIKE ?) AND (" + (kind == null ? "? = ''" : "g.kind = ?") + ")";
    }

    private static String like(String text) {
        var t = text == null
                ? ""
                : text.strip().toLowerCase().replace("\\", "").replace("%", "").replace("_", "");
        return "%" + t + "%";
    }

    /** Adds the member; false when they already are one. */
    boolean addMember(UUID groupId, UUID volunteerId, String by, Instant at) {
        return jdbc.sql("INSERT INTO resource_group_member (group_id, volunteer_id, leader, added_by, added_at)"
                                + " SELECT ?, ?, FALSE, ?, ? WHERE NOT EXISTS (SELECT 1 FROM resource_group_member"
                                + " WHERE group_id = ? AND volunteer_id = ?)")
                        .params(groupId, volunteerId, by, Timestamp.from(at), groupId, volunteerId)
                        .update()
                > 0;
    }

    boolean removeMember(UUID groupId, UUID volunteerId) {
        return jdbc.sql("DELETE FROM resource_group_member WHERE group_id = ? AND volunteer_id = ?")
                        .params(groupId, volunteerId)
                        .update()
                > 0;
    }

    boolean setLeader(UUID groupId, UUID volunteerId, boolean leader) {
        return jdbc.sql("UPDATE resource_group_member SET leader = ? WHERE group_id = ? AND volunteer_id = ?")
                        .params(leader, groupId, volunteerId)
                        .update()
                > 0;
    }

    /** The members' ids with whether each leads, leaders first. */
    Map<UUID, Boolean> members(UUID groupId) {
        var result = new java.util.LinkedHashMap<UUID, Boolean>();
        jdbc.sql("SELECT volunteer_id, leader FROM resource_group_member WHERE group_id = ?"
                        + " ORDER BY leader DESC, added_at, volunteer_id")
                .param(groupId)
                .query((rs, i) -> result.put(rs.getObject("volunteer_id", UUID.class), rs.getBoolean("leader")))
                .list();
        return result;
    }

    void addTraining(UUID groupId, UUID volunteerId, String name, LocalDate takenOn, LocalDate expiresOn) {
        jdbc.sql("INSERT INTO resource_group_training (id, group_id, volunteer_id, name, taken_on, expires_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        groupId,
                        volunteerId,
                        name,
                        Date.valueOf(takenOn),
                        expiresOn == null ? null : Date.valueOf(expiresOn))
                .update();
    }

    boolean removeTraining(UUID groupId, UUID volunteerId, UUID trainingId) {
        return jdbc.sql("DELETE FROM resource_group_training WHERE id = ? AND group_id = ? AND volunteer_id = ?")
                        .params(trainingId, groupId, volunteerId)
                        .update()
                > 0;
    }

    /** Each member's training, soonest expiry first. */
    Map<UUID, List<Training>> trainings(UUID groupId) {
        var result = new HashMap<UUID, List<Training>>();
        jdbc.sql("SELECT id, volunteer_id, name, taken_on, expires_on FROM resource_group_training WHERE group_id = ?"
                        + " ORDER BY expires_on NULLS LAST, name")
                .param(groupId)
                .query((rs, i) -> result.computeIfAbsent(
                                rs.getObject("volunteer_id", UUID.class), k -> new ArrayList<>())
                        .add(training(rs)))
                .list();
        return result;
    }

    private static Training training(ResultSet rs) throws SQLException {
        var expires = rs.getDate("expires_on");
        return new Training(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getDate("taken_on").toLocalDate(),
                expires == null ? null : expires.toLocalDate());
    }

    private static ResourceGroup group(ResultSet rs, int i) throws SQLException {
        return new ResourceGroup(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                GroupKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("members"));
    }
}
