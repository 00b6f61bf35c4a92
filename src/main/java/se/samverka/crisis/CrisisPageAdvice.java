package se.samverka.crisis;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.shared.HelpKind;

/**
 * While a crisis runs, every page gets {@code crisisBanner} (the layout shows its message and phone number) and
 * {@code crisisKinds}: the kinds of help a crisis needs first, which the help form and the phone intake list instead
 * of the everyday order. The kinds are the everyday ones, reordered: medicine, lifts, checking on someone, then
 * shopping (water and food) and other errands; crisis-only kinds (water, warmth, information) are not built yet.
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

    CrisisPageAdvice(Crises crises) {
        this.crises = crises;
    }

    @ModelAttribute
    void crisis(Model model) {
        crises.current().ifPresent(crisis -> {
            model.addAttribute("crisisBanner", crisis);
            model.addAttribute("crisisKinds", CRISIS_ORDER);
        });
    }
}
