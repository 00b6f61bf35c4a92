package se.samverka.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's departments and the staff who work for each: what other modules may ask. */
@Service
public class Departments {

    private final DepartmentRepository departments;

    Departments(DepartmentRepository departments) {
        this.departments = departments;
    }

    /** Active departments in their configured order. */
    @Transactional(readOnly = true)
    public List<Department> active() {
        return departments.active();
    }

    /** The names of every department, active or not, by id. */
    @Transactional(readOnly = true)
    public Map<String, String> names() {
        return departments.names();
    }

    @Transactional(readOnly = true)
    public Optional<Department> find(String id) {
        return departments.find(id);
    }

    /** The departments a staff account works for. */
    @Transactional(readOnly = true)
    public List<Department> of(UUID accountId) {
        return departments.of(accountId);
    }
}
