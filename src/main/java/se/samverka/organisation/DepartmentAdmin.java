package se.samverka.organisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;

    DepartmentAdmin(JdbcClient jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    List<Department> all() {
        return jdbc.sql("SELECT id, name, sort_order, active FROM department ORDER BY sort_order, name")
                .query((rs, i) -> new Department(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
    }

    @Transactional(readOnly = true)
    boolean nameTaken(String name, String exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM department WHERE LOWER(name) = LOWER(?) AND id <> ?")
                        .params(name.strip(), exceptId == null ? "" : exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Adds a department (no id) or changes one; returns its id. */
    @Transactional
    String save(String id, DepartmentForm form) {
        try {
            if (id == null) {
                var newId =
                        slug(form.name()) + "-" + UUID.randomUUID().toString().substring(0, 8);
                jdbc.sql("INSERT INTO department (id, name, sort_order, active) VALUES (?, ?, ?, ?)")
                        .params(newId, form.name().strip(), form.sortOrderValue(), form.isActive())
                        .update();
                return newId;
            }
            jdbc.sql("UPDATE department SET name = ?, sort_order = ?, active = ? WHERE id = ?")
                    .params(form.name().strip(), form.sortOrderValue(), form.isActive(), id)
                    .update();
            return id;
        } catch (DuplicateKeyException e) {
            throw new NameTaken();
        }
    }

    @Transactional(readOnly = true)
    List<StaffMember> staff(String departmentId) {
        var ids = jdbc.sql("SELECT account_id FROM department_member WHERE department_id = ?")
                .param(departmentId)
                .query(UUID.class)
                .list();
        return accounts.byIds(ids).values().stream()
                .map(a -> new StaffMember(a.id(), a.username(), a.displayName()))
                .toList();
    }

    @Transactional
    void addStaff(String departmentId, UUID accountId) {
        jdbc.sql("""
				INSERT INTO department_member (department_id, account_id) SELECT d.id, ? FROM department d
				WHERE d.id = ? AND NOT EXISTS (SELECT 1 FROM department_member WHERE department_id = ? AND account_id = ?)""").params(accountId, departmentId, departmentId, accountId).update();
    }

    @Transactional
    void removeStaff(String departmentId, UUID accountId) {
        jdbc.sql("DELETE FROM department_member WHERE department_id = ? AND account_id = ?")
                .params(departmentId, accountId)
                .update();
    }

    private static String slug(String name) {
        var plain = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return plain.isEmpty() ? "forvaltning" : plain.substring(0, Math.min(plain.length(), 30));
    }
}
