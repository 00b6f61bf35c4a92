package se.samverka.helprequest;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;

/** The choices the public form and the phone form offer. */
@Component
class FormOptions {

    private final Districts districts;
    private final HelpKinds kinds;

    FormOptions(Districts districts, HelpKinds kinds) {
        this.districts = districts;
        this.kinds = kinds;
    }

    void addTo(Model model) {
        model.addAttribute("districts", districts.all());
        model.addAttribute("askers", List.of(Asker.values()));
        model.addAttribute("kinds", kinds.active());
        model.addAttribute("recurrences", List.of(Recurrence.values()));
        model.addAttribute("payments", List.of(PaymentMethod.values()));
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("riskAnswers", List.of(RiskAnswer.values()));
    }

    boolean knownDistrict(String id) {
        return districts.exists(id);
    }

    /** A new request asks for a kind that is offered now, not a retired one (nor a code no kind has). */
    void checkKind(HelpKind kind, Errors errors) {
        if (kind != null && !errors.hasFieldErrors("kind") && !kinds.isActive(kind)) {
            errors.rejectValue("kind", "helprequest.kind.unknown");
        }
    }
}
