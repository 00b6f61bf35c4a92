package se.samverka.collaboration;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.Department;
import se.samverka.organisation.Departments;

/**
 * Who may change the register: administrators every agreement, a department's representatives that department's
 * agreements. Everyone else with access to the collaboration body reads; a change they try is refused with 403.
 */
@Component
class AgreementAccess {

    private final CollaborationBody body;
    private final Departments departments;

    AgreementAccess(CollaborationBody body, Departments departments) {
        this.body = body;
        this.departments = departments;
    }

    boolean mayEdit(SamverkaUser user, String departmentId) {
        if (user == null) {
            return false;
        }
        return user.role() == Role.ADMIN
                || user.role() == Role.DEPARTMENT_REPRESENTATIVE && body.represents(user.accountId(), departmentId);
    }

    /** The departments for which the user may register agreements: all for administrators. */
    List<Department> departmentsFor(SamverkaUser user) {
        if (user == null) {
            return List.of();
        }
        if (user.role() == Role.ADMIN) {
            return departments.active();
        }
        if (user.role() != Role.DEPARTMENT_REPRESENTATIVE) {
            return List.of();
        }
        var own = body.departmentsOf(user.accountId());
        return departments.active().stream().filter(d -> own.contains(d.id())).toList();
    }

    boolean mayRegister(SamverkaUser user) {
        return !departmentsFor(user).isEmpty();
    }

    void requireEdit(SamverkaUser user, String departmentId) {
        if (!mayEdit(user, departmentId)) {
            throw new AccessDeniedException("Only administrators and the department's representatives change it");
        }
    }

    void requireRegister(SamverkaUser user) {
        if (!mayRegister(user)) {
            throw new AccessDeniedException("Only administrators and department representatives register agreements");
        }
    }
}
