package se.samverka.organisation;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import se.samverka.district.District;
import se.samverka.district.Districts;

/**
 * The choices the organisation form offers, the district names pages show, and the checks of the form that need
 * the database: the districts exist, and no other organisation has the name or number.
 */
@Component
class DetailsOptions {

    private final Districts districts;
    private final OrganisationRegister register;

    DetailsOptions(Districts districts, OrganisationRegister register) {
        this.districts = districts;
        this.register = register;
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
    Map<String, String> districtNames() {
        return districts.all().stream().collect(Collectors.toMap(District::id, District::name));
    }

    /**
     * After Bean Validation: the districts are known, and, where the field has no error yet, no organisation other
     * than {@code exceptId} (null for an application) has the name or the number.
     */
    void check(DetailsForm form, Errors errors, UUID exceptId) {
        if (!errors.hasFieldErrors("districts") && !districtIds().containsAll(form.districts())) {
            errors.rejectValue("districts", "organisation.field.districts.unknown");
        }
        if (!errors.hasFieldErrors("name") && register.nameTaken(form.name(), exceptId)) {
            errors.rejectValue("name", "organisation.field.name.taken");
        }
        if (!errors.hasFieldErrors("orgNumber") && register.numberTaken(form.orgNumberValue(), exceptId)) {
            errors.rejectValue("orgNumber", "organisation.field.orgNumber.taken");
        }
    }
}
