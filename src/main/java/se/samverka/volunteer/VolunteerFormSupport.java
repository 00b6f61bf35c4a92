package se.samverka.volunteer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;

/** What the sign-up and profile forms share: the lists to choose from, and the checks against those lists. */
@Component
class VolunteerFormSupport {

    private final Districts districts;
    private final HelpKinds kinds;

    VolunteerFormSupport(Districts districts, HelpKinds kinds) {
        this.districts = districts;
        this.kinds = kinds;
    }

    /** The choices; the kinds are the active ones and any retired kind the volunteer offers already. */
    void addChoices(Model model, Set<HelpKind> chosen) {
        model.addAttribute("districts", districts.all());
        model.addAttribute("kinds", kinds.activeAnd(chosen));
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("slots", TimeSlot.values());
        model.addAttribute("frequencies", AskFrequency.values());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("carChoices", List.of(Boolean.TRUE, Boolean.FALSE));
    }

    /** Rejects values that are not among the choices, which only a changed page or an old tab can send. */
    void checkChoices(VolunteerForm form, Set<HelpKind> offeredBefore, Errors errors) {
        form.checkQuietHours(errors);
        var known = districts.all().stream().map(District::id).collect(Collectors.toSet());
        if (!errors.hasFieldErrors("districts") && !known.containsAll(form.districts())) {
            errors.rejectValue("districts", "volunteer.districts.unknown");
        }
        if (!errors.hasFieldErrors("kinds")
                && !form.kinds().stream().allMatch(k -> kinds.isActive(k) || offeredBefore.contains(k))) {
            errors.rejectValue("kinds", "volunteer.kinds.unknown");
        }
        if (!errors.hasFieldErrors("languages") && !form.languages().stream().allMatch(Language::isKnown)) {
            errors.rejectValue("languages", "volunteer.languages.unknown");
        }
    }
}
