package se.samverka.organisation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.NotFoundException;

/**
 * The check behind every page of an organisation's workspace: whoever is not a member of the organisation in the
 * URL gets 404, staff included, so nobody learns which organisations exist there. Only admins change things.
 */
@Component
class WorkspaceAccess {

    private final Organisations organisations;

    WorkspaceAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    Membership member(SamverkaUser user, String organisationId) {
        if (user == null) {
            throw new NotFoundException("Organisation");
        }
        return DirectoryController.parseId(organisationId)
                .flatMap(id -> organisations.membership(user.accountId(), id))
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    Membership admin(SamverkaUser user, String organisationId) {
        var membership = member(user, organisationId);
        if (!membership.isAdmin()) {
            throw new AccessDeniedException("Only the organisation's admins change it");
        }
        return membership;
    }
}
