package se.samverka.organisation;

import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
    String apply(@ModelAttribute("form") DetailsForm form, BindingResult result, Model model, Locale locale) {
        check(form, result, null, options, register, true);
        if (!result.hasErrors()) {
            try {
                register.apply(form, locale);
                return "redirect:/foreningar/ansok/tack";
            } catch (OrganisationRegister.Taken e) {
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

    /** Checks the fields and, when they are right, that no other organisation has the name or number. */
    static void check(
            DetailsForm form,
            BindingResult result,
            UUID exceptId,
            DetailsOptions options,
            OrganisationRegister register,
            boolean applying) {
        form.check(result, options.districtIds(), applying);
        if (!result.hasFieldErrors("name") && register.nameTaken(form.name(), exceptId)) {
            result.rejectValue("name", "organisation.field.name.taken");
        }
        if (!result.hasFieldErrors("orgNumber") && register.numberTaken(form.orgNumberValue(), exceptId)) {
            result.rejectValue("orgNumber", "organisation.field.orgNumber.taken");
        }
    }
}
