package se.samverka.organisation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;

/** Memberships of associations and departments, found by login account or e-mail address. Erasure deletes them. */
@Component
@Order(400)
class OrganisationPersonalData implements PersonalDataHolder {

    private final RepresentativeRepository members;
    private final DepartmentRepository departments;

    OrganisationPersonalData(RepresentativeRepository members, DepartmentRepository departments) {
        this.members = members;
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
            rows.addAll(members.exportOf(who.accountId()));
        }
        return rows.isEmpty() ? List.of() : List.of(PersonalDataSection.of(module(), "memberships", rows));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        int removed = 0;
        if (who.accountId() != null) {
            removed += members.eraseAccount(who.accountId());
            removed += departments.eraseStaff(who.accountId());
        }
        for (var email : who.emails()) {
            removed += members.eraseEmail(email);
        }
        return ErasureOutcome.removed(module(), removed);
    }
}
