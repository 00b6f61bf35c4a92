package se.samverka.crisis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.account.Role;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;

/**
 * While a crisis runs, every page gets {@code crisisBanner} (the layout shows its message and phone number) and
 * {@code crisisKinds}: the kinds of help a crisis needs first, which the help form and the phone intake list instead
 * of the everyday order: water, warmth, medicine, lifts, information, checking on a neighbour (the crisis-only kinds
 * are offered from the crisis' start to its end, see {@code HelpKindCommands#offerCrisisKinds}), then phone company,
 * shopping and other errands, and after them every other active kind in the administrator's order. Retired kinds are
 * left out.
 */
@ControllerAdvice
class CrisisPageAdvice {

    static final List<HelpKind> CRISIS_ORDER = List.of(
            HelpKind.valueOf("WATER"),
            HelpKind.valueOf("WARMTH"),
            HelpKind.PHARMACY,
            HelpKind.TRANSPORT,
            HelpKind.valueOf("INFORMATION"),
            HelpKind.valueOf("CHECK_ON_NEIGHBOUR"),
            HelpKind.PHONE_COMPANIONSHIP,
            HelpKind.SHOPPING,
            HelpKind.OTHER_ERRAND);

    private final Crises crises;
    private final HelpKinds kinds;
    private final Set<String> leadAuthorities;

    CrisisPageAdvice(
            Crises crises, HelpKinds kinds, @Value("${samverka.crisis.lead-roles:ADMIN}") List<Role> leadRoles) {
        this.crises = crises;
        this.kinds = kinds;
        var authorities = new HashSet<String>();
        leadRoles.forEach(role -> authorities.add("ROLE_" + role.name()));
        authorities.add("ROLE_" + Role.ADMIN.name());
        this.leadAuthorities = Set.copyOf(authorities);
    }

    /** Whether the signed-in person may start and end a crisis: the menu shows them the way (issue 17). */
    @ModelAttribute("crisisLead")
    boolean crisisLead() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        for (var authority : auth.getAuthorities()) {
            if (leadAuthorities.contains(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    @ModelAttribute
    void crisis(Model model) {
        crises.current().ifPresent(crisis -> {
            model.addAttribute("crisisBanner", crisis);
            model.addAttribute("crisisKinds", crisisOrder(kinds.active()));
        });
    }

    /** The crisis kinds first (those still active), then the other active kinds in their everyday order. */
    static List<HelpKind> crisisOrder(List<HelpKind> active) {
        var ordered = new ArrayList<HelpKind>();
        CRISIS_ORDER.stream().filter(active::contains).forEach(ordered::add);
        active.stream().filter(k -> !ordered.contains(k)).forEach(ordered::add);
        return ordered;
    }
}
