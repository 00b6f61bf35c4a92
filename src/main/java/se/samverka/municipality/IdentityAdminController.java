package se.samverka.municipality;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators set how the municipality presents itself: name, logo, colour and how residents reach it. */
@Controller
@RequestMapping("/admin/kommun")
class IdentityAdminController {

    private final MunicipalIdentities identities;

    IdentityAdminController(MunicipalIdentities identities) {
        this.identities = identities;
    }

    @GetMapping
    String show(Model model) {
        return page(model, IdentityForm.of(identities.current()));
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") IdentityForm form,
            BindingResult result,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("primaryColour")) {
            form.colour()
                    .filter(colour -> !colour.readableOnWhite())
                    .ifPresent(colour -> result.rejectValue(
                            "primaryColour",
                            "municipality.primaryColour.contrast",
                            new Object[] {colour.hex(), String.format(locale, "%.1f", colour.contrastWithWhite())},
                            null));
        }
        if (result.hasErrors()) {
            return page(model, form);
        }
        var changed = identities.change(form.identity(), principal.getName());
        redirect.addFlashAttribute("flash", changed.isEmpty() ? "municipality.unchanged" : "municipality.saved");
        return "redirect:/admin/kommun";
    }

    @PostMapping("/aterstall")
    String reset(Principal principal, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flash", identities.reset(principal.getName()) ? "municipality.wasReset" : "municipality.unchanged");
        return "redirect:/admin/kommun";
    }

    private String page(Model model, IdentityForm form) {
        // after a failed post the bound form (with its errors and what was typed) is already in the model
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("overridden", identities.overridden());
        model.addAttribute("changes", identities.changes());
        return "municipality/admin";
    }
}
