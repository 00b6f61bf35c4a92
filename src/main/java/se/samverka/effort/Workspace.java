package se.samverka.effort;

import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * Who may run which efforts: municipal coordinators the departments' efforts (security lets only them into
 * /samordning), an organisation's members that organisation's. Anything else is not found, never forbidden,
 * so that nobody learns what another organisation has.
 */
@Component
class Workspace {

    /** The efforts a page works on: an organisation's, or (organisationId null) the departments'. */
    record Scope(UUID organisationId, String organisationName, boolean approved, String base) {

        boolean municipal() {
            return organisationId == null;
        }

        boolean owns(Effort effort) {
            return municipal() ? effort.departmentId() != null : organisationId.equals(effort.organisationId());
        }
    }

    private final Organisations organisations;
    private final Efforts efforts;

    Workspace(Organisations organisations, Efforts efforts) {
        this.organisations = organisations;
        this.efforts = efforts;
    }

    Scope scope(UUID organisationId, SamverkaUser user) {
        if (organisationId == null) {
            return new Scope(null, null, true, EffortPaths.MUNICIPAL);
        }
        if (user == null) {
            throw new NotFoundException("Organisation");
        }
        var membership = organisations
                .membership(user.accountId(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation"));
        var organisation = organisations.find(organisationId).orElseThrow(() -> new NotFoundException("Organisation"));
        return new Scope(
                organisationId,
                membership.organisationName(),
                organisation.isApproved(),
                EffortPaths.base(organisationId));
    }

    /** The scope's effort, or not found. */
    Effort effort(Scope scope, UUID effortId) {
        return efforts.find(effortId).filter(scope::owns).orElseThrow(() -> new NotFoundException("Effort"));
    }

    /** The effort's shift, or not found. */
    Shift shift(Effort effort, UUID shiftId) {
        return efforts.shift(shiftId)
                .filter(s -> s.effortId().equals(effort.id()))
                .orElseThrow(() -> new NotFoundException("Shift"));
    }

    /** An approved organisation or the municipality may create efforts and shifts. */
    void mayCreate(Scope scope) {
        if (!scope.approved()) {
            throw new NotFoundException("Organisation");
        }
    }
}
