package se.samverka.volunteer;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;

/** What the sign-up and profile forms share: the lists to choose from, and the checks against those lists. */
@Component
class VolunteerFormSupport {

    private final Districts districts;

    VolunteerFormSupport(Districts districts) {
        this.districts = districts;
    }

    void addChoices(Model model) {
        model.addAttribute("districts", districts.all());
        model.addAttribute("kinds", HelpKind.values());
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("slots", TimeSlot.values());
        model.addAttribute("frequencies", AskFrequency.values());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("carChoices", List.of(Boolean.TRUE, Boolean.FALSE));
    }

    /** Rejects values that are not among the choices, which only a changed page or an old tab can send. */
    void checkChoices(VolunteerForm form, Errors errors) {
        form.checkQuietHours(errors);
        var known = districts.all().stream().map(District::id).collect(Collectors.toSet());
        if (!errors.hasFieldErrors("districts") && !known.containsAll(form.districts())) {
            errors.rejectValue("districts", "volunteer.districts.unknown");
        }
        if (!errors.hasFieldErrors("languages") && !form.languages().stream().allMatch(Language::isKnown)) {
            errors.rejectValue("languages", "volunteer.languages.unknown");
        }
    }
}
