package se.samverka.resourcegroup;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bulk reads and writes of an import of members ({@link GroupMemberImport}). */
@Repository
class MemberImportRepository {

    private static final String ADD_MEMBER =
            "INSERT INTO resource_group_member (group_id, volunteer_id, leader, added_by, added_at)"
                    + " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM resource_group_member"
                    + " WHERE group_id = ? AND volunteer_id = ?)";
    private static final String SET_LEADER =
            "UPDATE resource_group_member SET leader = ? WHERE group_id = ? AND volunteer_id = ?";
    private static final String SET_EXPIRY = "UPDATE resource_group_training SET expires_on = ?"
            + " WHERE group_id = ? AND volunteer_id = ? AND LOWER(name) = LOWER(?) AND taken_on = ?";
    private static final String ADD_TRAINING =
            "INSERT INTO resource_group_training (id, group_id, volunteer_id, name, taken_on, expires_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    MemberImportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Map<UUID, String> groupNames() {
        var names = new LinkedHashMap<UUID, String>();
        jdbc.sql("SELECT id, name FROM resource_group ORDER BY name").query(rs -> {
            names.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        return names;
    }

    List<GroupMemberImport.Membership> memberships(Collection<UUID> groupIds) {
        var trainings = new HashMap<List<UUID>, List<Training>>();
        jdbc.sql("SELECT id, group_id, volunteer_id, name, taken_on, expires_on FROM resource_group_training"
                        + " WHERE group_id IN (:groups)")
                .param("groups", groupIds)
                .query(rs -> {
                    var expires = rs.getDate(6);
                    trainings
                            .computeIfAbsent(
                                    List.of(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)),
                                    k -> new ArrayList<>())
                            .add(new Training(
                                    rs.getObject(1, UUID.class),
                                    rs.getString(4),
                                    rs.getDate(5).toLocalDate(),
                                    expires == null ? null : expires.toLocalDate()));
                });
        return jdbc.sql("SELECT group_id, volunteer_id, leader FROM resource_group_member WHERE group_id IN (:groups)")
                .param("groups", groupIds)
                .query((rs, i) -> {
                    var group = rs.getObject(1, UUID.class);
                    var volunteer = rs.getObject(2, UUID.class);
                    return new GroupMemberImport.Membership(
                            group,
                            volunteer,
                            rs.getBoolean(3),
                            trainings.getOrDefault(List.of(group, volunteer), List.of()));
                })
                .list();
    }

    void save(List<GroupMemberImport.Imported> members, String by, Instant at) {
        var now = Timestamp.from(at);
        var add = new ArrayList<Object[]>();
        var leaders = new ArrayList<Object[]>();
        var withTraining = new ArrayList<GroupMemberImport.Imported>();
        var expiries = new ArrayList<Object[]>();
        for (var m : members) {
            add.add(new Object[] {
                m.groupId(), m.volunteerId(), Boolean.TRUE.equals(m.leader()), by, now, m.groupId(), m.volunteerId()
            });
            if (m.leader() != null) {
                leaders.add(new Object[] {m.leader(), m.groupId(), m.volunteerId()});
            }
            if (m.training() != null) {
                withTraining.add(m);
                expiries.add(
                        new Object[] {date(m.expiresOn()), m.groupId(), m.volunteerId(), m.training(), date(m.takenOn())
                        });
            }
        }
        template.batchUpdate(ADD_MEMBER, add);
        template.batchUpdate(SET_LEADER, leaders);
        // a training the member has (same name and day) gets the new expiry; the others are added
        var updated = template.batchUpdate(SET_EXPIRY, expiries);
        var fresh = new ArrayList<Object[]>();
        for (int i = 0; i < withTraining.size(); i++) {
            if (updated[i] == 0) {
                var m = withTraining.get(i);
                fresh.add(new Object[] {
                    UUID.randomUUID(),
                    m.groupId(),
                    m.volunteerId(),
                    m.training(),
                    date(m.takenOn()),
                    date(m.expiresOn())
                });
            }
        }
        template.batchUpdate(ADD_TRAINING, fresh);
    }

    private static Date date(java.time.LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
