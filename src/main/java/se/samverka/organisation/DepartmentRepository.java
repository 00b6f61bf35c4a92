package se.samverka.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipality's departments ({@code department}) and the staff who work for each ({@code department_member}). */
@Repository
class DepartmentRepository {

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every department, active or not, in the configured order. */
    List<Department> all() {
        return jdbc.sql("SELECT id, name, sort_order, active FROM department ORDER BY sort_order, name")
                .query((rs, i) -> department(rs))
                .list();
    }

    List<Department> active() {
        return jdbc.sql(
                        "SELECT id, name, sort_order, active FROM department WHERE active = TRUE ORDER BY sort_order, name")
                .query((rs, i) -> department(rs))
                .list();
    }

    Map<String, String> names() {
        var names = new HashMap<String, String>();
        jdbc.sql("SELECT id, name FROM department").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    Optional<Department> find(String id) {
        return jdbc.sql("SELECT id, name, sort_order, active FROM department WHERE id = ?")
                .param(id)
                .query((rs, i) -> department(rs))
                .optional();
    }

    /** The departments a staff account works for. */
    List<Department> of(UUID accountId) {
        return jdbc.sql("""
				SELECT d.id, d.name, d.sort_order, d.active FROM department d
				JOIN department_member m ON m.department_id = d.id WHERE m.account_id = ? ORDER BY d.sort_order""").param(accountId).query((rs, i) -> department(rs)).list();
    }

    /** Whether another department than {@code exceptId} (may be null) has the name, compared without case. */
    boolean nameTaken(String name, String exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM department WHERE LOWER(name) = LOWER(?) AND id <> ?")
                        .params(name, exceptId == null ? "" : exceptId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Throws DuplicateKeyException when another department has the name. */
    void insert(String id, DepartmentDetails details) {
        jdbc.sql("INSERT INTO department (id, name, sort_order, active) VALUES (?, ?, ?, ?)")
                .params(id, details.name(), details.sortOrder(), details.active())
                .update();
    }

    /** Throws DuplicateKeyException when another department has the name. */
    void update(String id, DepartmentDetails details) {
        jdbc.sql("UPDATE department SET name = ?, sort_order = ?, active = ? WHERE id = ?")
                .params(details.name(), details.sortOrder(), details.active(), id)
                .update();
    }

    List<UUID> staffIds(String departmentId) {
        return jdbc.sql("SELECT account_id FROM department_member WHERE department_id = ?")
                .param(departmentId)
                .query(UUID.class)
                .list();
    }

    /** Adds the account to the department when the department exists and the account is not there yet. */
    void addStaff(String departmentId, UUID accountId) {
        jdbc.sql("""
				INSERT INTO department_member (department_id, account_id) SELECT d.id, ? FROM department d
				WHERE d.id = ? AND NOT EXISTS (SELECT 1 FROM department_member WHERE department_id = ? AND account_id = ?)""").params(accountId, departmentId, departmentId, accountId).update();
    }

    void removeStaff(String departmentId, UUID accountId) {
        jdbc.sql("DELETE FROM department_member WHERE department_id = ? AND account_id = ?")
                .params(departmentId, accountId)
                .update();
    }

    /** Takes the account out of every department; returns how many it worked for. */
    int eraseStaff(UUID accountId) {
        return jdbc.sql("DELETE FROM department_member WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    private static Department department(ResultSet rs) throws SQLException {
        return new Department(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4));
    }
}
