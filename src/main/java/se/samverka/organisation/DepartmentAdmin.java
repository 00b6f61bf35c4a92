package se.samverka.organisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.account.AccountDirectory;

/** Administrators keep the list of departments and who works for each. */
@Service
class DepartmentAdmin {

    /** Another department has the name. */
    static class NameTaken extends RuntimeException {

        NameTaken() {
            super("Department name taken");
        }
    }

    private final DepartmentRepository departments;
    private final AccountDirectory accounts;

    DepartmentAdmin(DepartmentRepository departments, AccountDirectory accounts) {
        this.departments = departments;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    List<Department> all() {
        return departments.all();
    }

    @Transactional(readOnly = true)
    boolean nameTaken(String name, String exceptId) {
        return departments.nameTaken(name.strip(), exceptId);
    }

    /** Adds a department (no id) or changes one; returns its id. Throws {@link NameTaken}. */
    @Transactional
    String save(String id, DepartmentDetails details) {
        try {
            if (id == null) {
                var newId = slug(details.name()) + "-"
                        + UUID.randomUUID().toString().substring(0, 8);
                departments.insert(newId, details);
                return newId;
            }
            departments.update(id, details);
            return id;
        } catch (DuplicateKeyException e) {
            throw new NameTaken();
        }
    }

    @Transactional(readOnly = true)
    List<StaffMember> staff(String departmentId) {
        return accounts.byIds(departments.staffIds(departmentId)).values().stream()
                .map(a -> new StaffMember(a.id(), a.username(), a.displayName()))
                .toList();
    }

    @Transactional
    void addStaff(String departmentId, UUID accountId) {
        departments.addStaff(departmentId, accountId);
    }

    @Transactional
    void removeStaff(String departmentId, UUID accountId) {
        departments.removeStaff(departmentId, accountId);
    }

    private static String slug(String name) {
        var plain = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return plain.isEmpty() ? "forvaltning" : plain.substring(0, Math.min(plain.length(), 30));
    }
}
