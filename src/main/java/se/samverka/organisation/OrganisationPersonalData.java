package se.samverka.organisation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;

/** Memberships of associations and departments, found by login account or e-mail address. Erasure deletes them. */
@Component
@Order(400)
class OrganisationPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final DepartmentRepository departments;

    OrganisationPersonalData(JdbcClient jdbc, DepartmentRepository departments) {
        this.jdbc = jdbc;
        this.departments = departments;
    }

    @Override
    public String module() {
        return "organisation";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        var rows = new ArrayList<java.util.Map<String, Object>>();
        if (who.accountId() != null) {
            rows.addAll(jdbc.sql("""
					SELECT o.name AS organisation, m.role, m.name, m.email, m.phone, m.is_contact, m.added_at
					FROM organisation_member m JOIN organisation o ON o.id = m.organisation_id WHERE m.account_id = ?""").param(who.accountId()).query().listOfRows());
        }
        return rows.isEmpty() ? List.of() : List.of(PersonalDataSection.of(module(), "memberships", rows));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        int removed = 0;
        if (who.accountId() != null) {
            removed += jdbc.sql("DELETE FROM organisation_member WHERE account_id = ?")
                    .param(who.accountId())
                    .update();
            removed += departments.eraseStaff(who.accountId());
        }
        for (var email : who.emails()) {
            removed += jdbc.sql("DELETE FROM organisation_member WHERE LOWER(email) = ?")
                    .param(email)
                    .update();
        }
        return ErasureOutcome.removed(module(), removed);
    }
}
