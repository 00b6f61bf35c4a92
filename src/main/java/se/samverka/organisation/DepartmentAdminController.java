package se.samverka.organisation;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.AccountManagement;
import se.samverka.shared.NotFoundException;

/** Administrators rename, add, order and deactivate departments, and say which staff work for each. */
@Controller
@RequestMapping("/admin/forvaltningar")
class DepartmentAdminController {

    private final DepartmentAdmin departments;
    private final Departments read;
    private final AccountManagement accounts;

    DepartmentAdminController(DepartmentAdmin departments, Departments read, AccountManagement accounts) {
        this.departments = departments;
        this.read = read;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("departments", departments.all());
        return "organisation/departments";
    }

    @GetMapping("/ny")
    String newForm(Model model) {
        model.addAttribute("form", DepartmentForm.empty());
        return form(null, model);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable String id, Model model) {
        model.addAttribute("form", DepartmentForm.of(find(id)));
        return form(id, model);
    }

    @PostMapping({"/ny", "/{id}"})
    String save(
            @PathVariable(required = false) String id,
            @Valid @ModelAttribute("form") DepartmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (id != null) {
            find(id);
        }
        if (!result.hasFieldErrors("name") && departments.nameTaken(form.name(), id)) {
            result.rejectValue("name", "organisation.department.name.taken");
        }
        if (!result.hasErrors()) {
            try {
                var saved = departments.save(id, form.details());
                redirect.addFlashAttribute("flash", "organisation.department.saved");
                return "redirect:/admin/forvaltningar/" + saved;
            } catch (DepartmentAdmin.NameTaken e) {
                result.rejectValue("name", "organisation.department.name.taken");
            }
        }
        return form(id, model);
    }

    @PostMapping("/{id}/personal")
    String addStaff(
            @PathVariable String id, @RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
        find(id);
        var account = username.isBlank()
                ? java.util.Optional.<se.samverka.account.SamverkaUser>empty()
                : accounts.findByUsername(username).filter(a -> a.role().isStaff());
        if (account.isEmpty()) {
            redirect.addFlashAttribute("staffError", "organisation.department.staff.unknown");
            redirect.addFlashAttribute("username", username);
        } else {
            departments.addStaff(id, account.get().accountId());
            redirect.addFlashAttribute("flash", "organisation.department.staff.added");
        }
        return "redirect:/admin/forvaltningar/" + id;
    }

    @PostMapping("/{id}/personal/{accountId}/ta-bort")
    String removeStaff(@PathVariable String id, @PathVariable String accountId, RedirectAttributes redirect) {
        find(id);
        departments.removeStaff(
                id, DirectoryController.parseId(accountId).orElseThrow(() -> new NotFoundException("Account")));
        redirect.addFlashAttribute("flash", "organisation.department.staff.removed");
        return "redirect:/admin/forvaltningar/" + id;
    }

    private String form(String id, Model model) {
        model.addAttribute("departmentId", id);
        model.addAttribute("staff", id == null ? java.util.List.of() : departments.staff(id));
        return "organisation/department";
    }

    private Department find(String id) {
        return read.find(id).orElseThrow(() -> new NotFoundException("Department"));
    }
}
