package se.samverka.desk;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.Language;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.VolunteerIntake;

/**
 * A coordinator registers a volunteer who called: the volunteer then gets the usual welcome e-mail with the
 * confirmation link, or the link by SMS, in the language chosen here, and nobody asks them until they have confirmed
 * it themselves.
 */
@Controller
class PhoneSignupController {

    static final String PATH = RegisterFilter.PATH + "/ny";

    private final VolunteerIntake intake;
    private final Districts districts;
    private final HelpKinds kinds;

    PhoneSignupController(VolunteerIntake intake, Districts districts, HelpKinds kinds) {
        this.kinds = kinds;
        this.intake = intake;
        this.districts = districts;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("signup", PhoneSignupForm.empty());
        return page(model);
    }

    @PostMapping(PATH)
    String register(
            @ModelAttribute("signup") PhoneSignupForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.validate(result, districts.all().stream().map(District::id).collect(Collectors.toSet()));
        if (!result.hasFieldErrors("kinds") && !form.kinds().stream().allMatch(kinds::isActive)) {
            result.rejectValue("kinds", "desk.phoneSignup.kinds.required");
        }
        if (!result.hasFieldErrors("email") && intake.isRegistered(EmailAddress.of(form.email()))) {
            result.rejectValue("email", "desk.phoneSignup.email.taken");
        }
        if (result.hasErrors()) {
            return page(model);
        }
        var id = intake.registerByPhone(form.registration(), Locale.forLanguageTag(form.locale()));
        if (id.isEmpty()) {
            result.rejectValue("email", "desk.phoneSignup.email.taken");
            return page(model);
        }
        redirect.addFlashAttribute(
                "flash",
                form.confirmationChannel() == ContactChannel.SMS
                        ? "desk.phoneSignup.doneSms"
                        : "desk.phoneSignup.done");
        return "redirect:" + RegisterFilter.PATH + "/" + id.get();
    }

    private String page(Model model) {
        model.addAttribute("districts", districts.all());
        model.addAttribute("kinds", kinds.active());
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("channels", List.of(ContactChannel.values()));
        model.addAttribute("locales", List.of("sv", "en"));
        return "desk/phone-signup";
    }
}
