package se.samverka.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's departments and the staff who work for each. */
@Service
@Transactional(readOnly = true)
public class Departments {

    private final JdbcClient jdbc;

    Departments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active departments in their configured order. */
    public List<Department> active() {
        return jdbc.sql(
                        "SELECT id, name, sort_order, active FROM department WHERE active = TRUE ORDER BY sort_order, name")
                .query((rs, i) -> new Department(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
    }

    /** The names of every department, active or not, by id. */
    public Map<String, String> names() {
        var names = new HashMap<String, String>();
        jdbc.sql("SELECT id, name FROM department").query(rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }

    public Optional<Department> find(String id) {
        return jdbc.sql("SELECT id, name, sort_order, active FROM department WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Department(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .optional();
    }

    /** The departments a staff account works for. */
    public List<Department> of(UUID accountId) {
        return jdbc.sql("""
				SELECT d.id, d.name, d.sort_order, d.active FROM department d
				JOIN department_member m ON m.department_id = d.id WHERE m.account_id = ? ORDER BY d.sort_order""")
                .param(accountId)
                .query((rs, i) -> new Department(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .list();
    }
}
