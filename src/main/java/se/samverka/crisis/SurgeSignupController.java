package se.samverka.crisis;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.account.ExpiredForm;
import se.samverka.district.Districts;
import se.samverka.shared.PhoneNumber;

/**
 * The surge sign-up for spontaneous volunteers, open only while a crisis runs (else it explains and points to the
 * everyday sign-up). Guarded like every public form by the web module's PublicFormGuard (rate limits per address and
 * per phone number, the honeypot field).
 */
@Controller
@RequestMapping("/kris/anmal")
class SurgeSignupController {

    private final SpontaneousVolunteers volunteers;
    private final Crises crises;
    private final Districts districts;
    private final Clock clock;

    SurgeSignupController(SpontaneousVolunteers volunteers, Crises crises, Districts districts, Clock clock) {
        this.volunteers = volunteers;
        this.crises = crises;
        this.districts = districts;
        this.clock = clock;
    }

    /** {@code omrade}: the district a poster's QR code chose, ticked already. */
    @GetMapping
    String form(@RequestParam(name = "omrade", required = false) String district, Model model) {
        var chosen = district != null && districts.exists(district) ? List.of(district) : List.<String>of();
        model.addAttribute("form", SurgeForm.empty(chosen));
        return page(model);
    }

    @PostMapping
    String submit(
            @Valid @ModelAttribute("form") SurgeForm form,
            BindingResult result,
            Locale locale,
            Model model,
            HttpServletRequest request) {
        if (ExpiredForm.isExpired(request)) {
            model.addAttribute(ExpiredForm.MODEL_ATTRIBUTE, true);
            return page(model);
        }
        if (crises.current().isEmpty()) {
            return page(model);
        }
        if (!result.hasFieldErrors("phone") && PhoneNumber.ifValid(form.phone()).isEmpty()) {
            result.rejectValue("phone", "crisis.surge.phone.invalid");
        } else if (!result.hasFieldErrors("phone") && !isMobile(form.phone())) {
            result.rejectValue("phone", "crisis.surge.phone.notMobile");
        }
        if (!form.districts().stream().allMatch(districts::exists)) {
            result.rejectValue("districts", "crisis.surge.districts.required");
        }
        if (result.hasErrors()) {
            return page(model);
        }
        var signup = new SpontaneousSignup(
                form.name(), PhoneNumber.mobile(form.phone()), form.districts(), form.skills(), locale.getLanguage());
        if (volunteers.signUp(signup, clock.instant()).isEmpty()) {
            // the crisis ended between the check above and now
            return page(model);
        }
        return "redirect:/kris/anmal/tack";
    }

    @GetMapping("/tack")
    String thanks() {
        return "crisis/surge-thanks";
    }

    private static boolean isMobile(String phone) {
        try {
            PhoneNumber.mobile(phone);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String page(Model model) {
        model.addAttribute("open", crises.current().isPresent());
        model.addAttribute("districts", districts.all());
        model.addAttribute("skills", List.of(Skill.values()));
        return "crisis/surge";
    }
}
