package se.samverka.organisation;

import jakarta.validation.groups.Default;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** An association applies to be listed in Samverka. */
@Controller
@RequestMapping("/foreningar/ansok")
class ApplicationController {

    private final OrganisationRegister register;
    private final DetailsOptions options;

    ApplicationController(OrganisationRegister register, DetailsOptions options) {
        this.register = register;
        this.options = options;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", DetailsForm.empty());
        options.addTo(model);
        return "organisation/apply";
    }

    @PostMapping
    String apply(
            @Validated({Default.class, DetailsForm.Applying.class}) @ModelAttribute("form") DetailsForm form,
            BindingResult result,
            Model model,
            Locale locale) {
        options.check(form, result, null);
        if (!result.hasErrors()) {
            try {
                register.apply(form.details(), form.applicant(), locale);
                return "redirect:/foreningar/ansok/tack";
            } catch (DuplicateOrganisation e) {
                result.rejectValue(e.field, "organisation.field." + e.field + ".taken");
            }
        }
        options.addTo(model);
        return "organisation/apply";
    }

    @GetMapping("/tack")
    String thanks() {
        return "organisation/applied";
    }
}
