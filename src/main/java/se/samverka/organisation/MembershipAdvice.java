package se.samverka.organisation;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;

/**
 * Tells every page whether the logged-in person represents an organisation, so that a volunteer who is also
 * their association's chair finds "Min förening" in the menu too.
 */
@ControllerAdvice
class MembershipAdvice {

    private final Organisations organisations;

    MembershipAdvice(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("representsOrganisation")
    boolean representsOrganisation(@AuthenticationPrincipal SamverkaUser user) {
        if (user == null) {
            return false;
        }
        return user.role() == Role.REPRESENTATIVE
                || !organisations.membershipsOf(user.accountId()).isEmpty();
    }
}
