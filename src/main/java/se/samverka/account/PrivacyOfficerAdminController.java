package se.samverka.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.EmailAddress;

/** Administrators create the accounts of data-protection officers, who then read the audit log at /dataskydd. */
@Controller
@RequestMapping("/admin/dataskyddsombud")
class PrivacyOfficerAdminController {

    private final AccountManagement accounts;

    PrivacyOfficerAdminController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", PrivacyOfficerForm.empty());
        return show(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") PrivacyOfficerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasFieldErrors("username")
                && accounts.findByUsername(form.username()).isPresent()) {
            result.rejectValue("username", "audit.officer.field.username.taken");
        }
        if (result.hasErrors()) {
            return show(model);
        }
        accounts.createStaffAccount(
                EmailAddress.of(form.username()).value(),
                form.password(),
                Role.PRIVACY_OFFICER,
                form.name().strip());
        redirect.addFlashAttribute("flash", "audit.officer.created");
        return "redirect:/admin/dataskyddsombud";
    }

    private String show(Model model) {
        model.addAttribute("officers", accounts.displayNamesWithRole(Role.PRIVACY_OFFICER));
        return "audit/officers";
    }
}
