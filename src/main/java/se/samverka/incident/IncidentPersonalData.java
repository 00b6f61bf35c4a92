package se.samverka.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.helprequest.HelpRequests;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/**
 * Incidents a person reported and feedback they gave. Erasure deletes their feedback and takes their name off the
 * incidents they reported; incidents about a person are kept (under the incidents retention rule), because the
 * municipality must be able to show how it handled a safety problem.
 */
@Component
@Order(150)
class IncidentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    private final HelpRequests helpRequests;

    IncidentPersonalData(JdbcClient jdbc, HelpRequests helpRequests) {
        this.jdbc = jdbc;
        this.helpRequests = helpRequests;
    }

    @Override
    public String module() {
        return "incident";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.ref().kind() == PersonRef.Kind.VOLUNTEER) {
            var id = who.ref().id();
            return List.of(
                    PersonalDataSection.of(
                            module(),
                            "reported",
                            jdbc.sql("""
							SELECT kind, status, description, occurred_on, reported_at, closed_at FROM incident
							WHERE reporter_volunteer_id = ? ORDER BY reported_at""").param(id).query().listOfRows()),
                    PersonalDataSection.of(
                            module(),
                            "feedback",
                            jdbc.sql("""
							SELECT rating, text, given_at FROM task_feedback WHERE volunteer_id = ? AND source = 'VOLUNTEER'
							ORDER BY given_at""").param(id).query().listOfRows()));
        }
        if (who.ref().kind() == PersonRef.Kind.RESIDENT) {
            var requests = requests(who);
            var feedback = new ArrayList<Map<String, Object>>();
            for (var request : requests) {
                feedback.addAll(jdbc.sql("""
						SELECT source, rating, text, resident_said_no, given_at FROM task_feedback
						WHERE request_id = ? AND source <> 'VOLUNTEER' ORDER BY given_at""").param(request).query().listOfRows());
            }
            return List.of(PersonalDataSection.of(module(), "feedback", feedback));
        }
        return List.of();
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        int removed = 0;
        int pseudonymised = 0;
        if (who.ref().kind() == PersonRef.Kind.VOLUNTEER) {
            var id = who.ref().id();
            removed += jdbc.sql("DELETE FROM task_feedback WHERE volunteer_id = ? AND source = 'VOLUNTEER'")
                    .param(id)
                    .update();
            pseudonymised += jdbc.sql(
                            "UPDATE incident SET reported_by = ?, reporter_volunteer_id = NULL WHERE reporter_volunteer_id = ?")
                    .params(DataSubjectRights.ERASED, id)
                    .update();
        } else if (who.ref().kind() == PersonRef.Kind.RESIDENT) {
            for (UUID request : requests(who)) {
                removed += jdbc.sql("DELETE FROM task_feedback WHERE request_id = ? AND source <> 'VOLUNTEER'")
                        .param(request)
                        .update();
            }
        }
        for (var email : who.emails()) {
            pseudonymised += jdbc.sql("UPDATE incident SET reported_by = ? WHERE LOWER(reported_by) = ?")
                    .params(DataSubjectRights.ERASED, email)
                    .update();
            pseudonymised += jdbc.sql("UPDATE task_feedback SET given_by = ? WHERE LOWER(given_by) = ?")
                    .params(DataSubjectRights.ERASED, email)
                    .update();
        }
        return new ErasureOutcome(module(), removed, pseudonymised, List.of("privacy.kept.incidents"));
    }

    private List<UUID> requests(PersonIdentity who) {
        return helpRequests.requestsOfSameResident(who.ref().id(), who.phones());
    }
}
