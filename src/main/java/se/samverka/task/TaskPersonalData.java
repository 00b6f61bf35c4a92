package se.samverka.task;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.VolunteerLeaving;

/**
 * A volunteer's assignments (their asks, hand-picked ones too, are the call-out module's). Erasure first does what
 * leaving does (active tasks back to the queue, the name replaced in the requests' history), then deletes the rows; the requests keep
 * their status, so the count of requests helped stays in the measures.
 */
@Component
@Order(100)
class TaskPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final VolunteerLeavingListener leaving;

    TaskPersonalData(JdbcClient jdbc, VolunteerLeavingListener leaving) {
        this.jdbc = jdbc;
        this.leaving = leaving;
    }

    @Override
    public String module() {
        return "task";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return List.of();
        }
        var id = who.ref().id();
        return List.of(PersonalDataSection.of(
                module(), "assignments", jdbc.sql("""
						SELECT request_id, status, via, assigned_at, finished_at, note, minutes_spent, return_reason
						FROM assignment WHERE volunteer_id = ? ORDER BY assigned_at""").param(id).query().listOfRows()));
    }

    @Override
    public List<String> erasureConsequences(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return List.of();
        }
        var active = jdbc.sql("SELECT COUNT(*) FROM assignment WHERE volunteer_id = ? AND status = 'ACTIVE'")
                .param(who.ref().id())
                .query(Integer.class)
                .single();
        return active > 0 ? List.of("privacy.erase.consequence.activeAssignment") : List.of();
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            // a volunteer's note on a task may name the resident
            int pseudonymised = 0;
            for (var identifier : who.identifiers()) {
                pseudonymised += jdbc.sql(
                                "UPDATE assignment SET note = REPLACE(note, ?, ?), return_reason = REPLACE(return_reason, ?, ?)"
                                        + " WHERE note LIKE ? OR return_reason LIKE ?")
                        .params(
                                identifier,
                                DataSubjectRights.ERASED,
                                identifier,
                                DataSubjectRights.ERASED,
                                "%" + identifier + "%",
                                "%" + identifier + "%")
                        .update();
            }
            return new ErasureOutcome(module(), 0, pseudonymised, List.of());
        }
        var id = who.ref().id();
        leaving.on(new VolunteerLeaving(id));
        int removed = jdbc.sql("DELETE FROM assignment WHERE volunteer_id = ?")
                .param(id)
                .update();
        return new ErasureOutcome(module(), removed, 0, List.of("privacy.kept.requestStatus"));
    }
}
