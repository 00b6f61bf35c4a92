package se.samverka.collaboration;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.organisation.Departments;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.NotFoundException;

/** Administrators appoint and remove the departments' representatives in the collaboration body. */
@Controller
@RequestMapping("/admin/representanter")
class RepresentativeAdminController {

    private final CollaborationBody body;
    private final AccountManagement accounts;
    private final Departments departments;

    RepresentativeAdminController(CollaborationBody body, AccountManagement accounts, Departments departments) {
        this.body = body;
        this.accounts = accounts;
        this.departments = departments;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", RepresentativeForm.empty());
        return show(model);
    }

    @PostMapping
    String add(
            @ModelAttribute("form") RepresentativeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var existing = EmailAddress.isValid(form.username())
                ? accounts.findByUsername(form.username())
                : java.util.Optional.<se.samverka.account.SamverkaUser>empty();
        form.check(result, existing.isEmpty());
        if (!form.departmentId().isEmpty()
                && departments.find(form.departmentId()).isEmpty()) {
            result.rejectValue("departmentId", "collaboration.representative.field.departmentId.unknown");
        }
        if (existing.isPresent() && existing.get().role() != Role.DEPARTMENT_REPRESENTATIVE) {
            result.rejectValue("username", "collaboration.representative.field.username.otherRole");
        } else if (existing.isPresent()
                && !result.hasFieldErrors("departmentId")
                && body.represents(existing.get().accountId(), form.departmentId())) {
            result.rejectValue("username", "collaboration.representative.field.username.already");
        }
        if (result.hasErrors()) {
            return show(model);
        }
        body.appoint(form.departmentId(), EmailAddress.of(form.username()).value(), form.name(), form.password());
        redirect.addFlashAttribute(
                "flash",
                existing.isPresent() ? "collaboration.representative.linked" : "collaboration.representative.created");
        return "redirect:/admin/representanter";
    }

    @PostMapping("/{representativeId}/ta-bort")
    String remove(@PathVariable UUID representativeId, RedirectAttributes redirect) {
        if (!body.remove(representativeId)) {
            throw new NotFoundException("Representative");
        }
        redirect.addFlashAttribute("flash", "collaboration.representative.removed");
        return "redirect:/admin/representanter";
    }

    private String show(Model model) {
        model.addAttribute("members", body.members());
        model.addAttribute("departmentOptions", departments.active());
        return "collaboration/admin-representatives";
    }
}
