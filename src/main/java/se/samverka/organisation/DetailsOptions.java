package se.samverka.organisation;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.samverka.district.District;
import se.samverka.district.Districts;

/** The choices the organisation form offers, and the district names pages show. */
@Component
class DetailsOptions {

    private final Districts districts;

    DetailsOptions(Districts districts) {
        this.districts = districts;
    }

    void addTo(Model model) {
        model.addAttribute("legalForms", OrganisationForm.values());
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("districtOptions", districts.all());
    }

    Set<String> districtIds() {
        return districts.all().stream().map(District::id).collect(Collectors.toSet());
    }

    /** District names by id, for showing an organisation's districts. */
    java.util.Map<String, String> districtNames() {
        return districts.all().stream().collect(Collectors.toMap(District::id, District::name));
    }
}
