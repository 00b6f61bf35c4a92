package se.samverka.effort;

import java.util.ArrayList;
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

/**
 * A volunteer's sign-ups to shifts, and an effort's contact person when that is the person. Erasure deletes the
 * sign-ups (a confirmed place is freed) and replaces the contact's name and addresses.
 */
@Component
@Order(200)
class EffortPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    EffortPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "effort";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        var sections = new ArrayList<PersonalDataSection>();
        if (who.ref().kind() == PersonRef.Kind.VOLUNTEER) {
            sections.add(PersonalDataSection.of(
                    module(),
                    "signups",
                    jdbc.sql("""
					SELECT e.title AS effort, s.title AS shift, s.shift_date, s.place, g.status, g.created_at, g.changed_at
					FROM effort_signup g JOIN effort_shift s ON s.id = g.shift_id JOIN effort e ON e.id = s.effort_id
					WHERE g.volunteer_id = ? ORDER BY s.shift_date""").param(who.ref().id()).query().listOfRows()));
        }
        for (var email : who.emails()) {
            var rows = jdbc.sql(
                            "SELECT title, contact_name, contact_email, contact_phone FROM effort WHERE LOWER(contact_email) = ?")
                    .param(email)
                    .query()
                    .listOfRows();
            if (!rows.isEmpty()) {
                sections.add(PersonalDataSection.of(module(), "contact", rows));
            }
        }
        return sections;
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        int removed = 0;
        if (who.ref().kind() == PersonRef.Kind.VOLUNTEER) {
            var id = who.ref().id();
            jdbc.sql("""
					UPDATE effort_shift SET confirmed = confirmed - 1 WHERE id IN
					  (SELECT shift_id FROM effort_signup WHERE volunteer_id = ? AND status = 'CONFIRMED') AND confirmed > 0""").param(id).update();
            removed = jdbc.sql("DELETE FROM effort_signup WHERE volunteer_id = ?")
                    .param(id)
                    .update();
        }
        int pseudonymised = 0;
        for (var email : who.emails()) {
            pseudonymised +=
                    jdbc.sql("""
					UPDATE effort SET contact_name = ?, contact_email = 'raderad@samverka.invalid', contact_phone = NULL
					WHERE LOWER(contact_email) = ?""").params(DataSubjectRights.ERASED, email).update();
        }
        return new ErasureOutcome(module(), removed, pseudonymised, List.of());
    }
}
