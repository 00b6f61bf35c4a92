package se.samverka.desk;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.helpkind.KindOfHelp;
import se.samverka.shared.Language;

/** What the register's filters offer, and the district names its pages show instead of codes. */
@Component
class RegisterChoices {

    private final Districts districts;
    private final HelpKinds kinds;

    RegisterChoices(Districts districts, HelpKinds kinds) {
        this.districts = districts;
        this.kinds = kinds;
    }

    void addTo(Model model) {
        model.addAttribute("districts", districts.all());
        model.addAttribute("districtNames", districtNames());
        // a filter over what is stored: retired kinds too, after the active ones
        model.addAttribute("kinds", kinds.all().stream().map(KindOfHelp::kind).toList());
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("checks", List.of(CheckFilter.values()));
        model.addAttribute("statuses", List.of(RegisterStatus.values()));
    }

    Map<String, String> districtNames() {
        return districts.all().stream().collect(Collectors.toMap(District::id, District::name));
    }
}
