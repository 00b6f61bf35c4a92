package se.samverka.crisis;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;

/**
 * While a crisis runs, every page gets {@code crisisBanner} (the layout shows its message and phone number) and
 * {@code crisisKinds}: the kinds of help a crisis needs first, which the help form and the phone intake list instead
 * of the everyday order: medicine, lifts, checking on someone, then shopping (water and food) and other errands, and
 * after them every other active kind in the administrator's order (kinds are data, ADR 0017: an administrator adds
 * crisis kinds such as water or warmth and moves them up). Retired kinds are left out.
 */
@ControllerAdvice
class CrisisPageAdvice {

    static final List<HelpKind> CRISIS_ORDER = List.of(
            HelpKind.PHARMACY,
            HelpKind.TRANSPORT,
            HelpKind.PHONE_COMPANIONSHIP,
            HelpKind.SHOPPING,
            HelpKind.OTHER_ERRAND);

    private final Crises crises;
    private final HelpKinds kinds;

    CrisisPageAdvice(Crises crises, HelpKinds kinds) {
        this.crises = crises;
        this.kinds = kinds;
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
