package se.samverka.helprequest;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;

/** The choices the public form and the phone form offer. */
@Component
class FormOptions {

    private final Districts districts;

    FormOptions(Districts districts) {
        this.districts = districts;
    }

    void addTo(Model model) {
        model.addAttribute("districts", districts.all());
        model.addAttribute("askers", List.of(Asker.values()));
        model.addAttribute("kinds", List.of(HelpKind.values()));
        model.addAttribute("recurrences", List.of(Recurrence.values()));
        model.addAttribute("payments", List.of(PaymentMethod.values()));
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("riskAnswers", List.of(RiskAnswer.values()));
    }

    boolean knownDistrict(String id) {
        return districts.exists(id);
    }
}
