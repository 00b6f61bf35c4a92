package se.samverka.desk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;

/** What the register's filters offer, and the district names its pages show instead of codes. */
@Component
class RegisterChoices {

    private final Districts districts;

    RegisterChoices(Districts districts) {
        this.districts = districts;
    }

    void addTo(Model model) {
        model.addAttribute("districts", districts.all());
        model.addAttribute("districtNames", districtNames());
        model.addAttribute("kinds", List.of(HelpKind.values()));
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("checks", List.of(CheckFilter.values()));
        model.addAttribute("statuses", List.of(RegisterStatus.values()));
    }

    Map<String, String> districtNames() {
        return districts.all().stream().collect(Collectors.toMap(District::id, District::name));
    }
}
