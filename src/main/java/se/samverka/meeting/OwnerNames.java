package se.samverka.meeting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.organisation.Department;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;

/**
 * Names and standing of organisations and departments, asked of the organisation module rather than read from its
 * tables.
 */
@Component
class OwnerNames {

    private final Organisations organisations;
    private final Departments departments;

    OwnerNames(Organisations organisations, Departments departments) {
        this.organisations = organisations;
        this.departments = departments;
    }

    Map<UUID, String> organisations(List<UUID> ids) {
        return organisations.namesOf(ids);
    }

    Map<String, String> departments() {
        return departments.names();
    }

    /** Idélabbet ({@code departmentId} null) or an active department may organise a meeting. */
    boolean mayOrganise(String departmentId) {
        return departmentId == null || activeDepartment(departmentId);
    }

    /** An approved organisation or an active department may own an action: the choices the organiser is offered. */
    boolean mayOwn(UUID organisationId, String departmentId) {
        return organisationId != null
                ? organisations.approved().stream().anyMatch(o -> o.id().equals(organisationId))
                : activeDepartment(departmentId);
    }

    private boolean activeDepartment(String id) {
        return id != null && departments.find(id).filter(Department::active).isPresent();
    }

    /** The actions with their owner's name filled in. */
    List<FollowUpAction> named(List<FollowUpAction> actions) {
        if (actions.isEmpty()) {
            return actions;
        }
        var organisationNames = organisations(
                actions.stream().map(FollowUpAction::ownerOrganisationId).toList());
        var departmentNames = actions.stream().anyMatch(a -> a.ownerDepartmentId() != null)
                ? departments()
                : Map.<String, String>of();
        return actions.stream()
                .map(a -> new FollowUpAction(
                        a.id(),
                        a.meetingId(),
                        a.meetingTitle(),
                        a.meetingDate(),
                        a.description(),
                        a.ownerOrganisationId(),
                        a.ownerDepartmentId(),
                        a.ownerOrganisationId() != null
                                ? organisationNames.get(a.ownerOrganisationId())
                                : departmentNames.get(a.ownerDepartmentId()),
                        a.dueOn(),
                        a.done()))
                .toList();
    }
}
