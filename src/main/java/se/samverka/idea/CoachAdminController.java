package se.samverka.idea;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.shared.EmailAddress;

/** Administrators create the accounts of Idélabbet's coaches. */
@Controller
@RequestMapping("/admin/coacher")
class CoachAdminController {

    private final AccountManagement accounts;
    private final IdeaQueries ideas;

    CoachAdminController(AccountManagement accounts, IdeaQueries ideas) {
        this.accounts = accounts;
        this.ideas = ideas;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("form", CoachAccountForm.empty());
        return show(model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") CoachAccountForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.check(result);
        if (!result.hasFieldErrors("username")
                && accounts.findByUsername(form.username()).isPresent()) {
            result.rejectValue("username", "idea.coach.field.username.taken");
        }
        if (result.hasErrors()) {
            return show(model);
        }
        accounts.createStaffAccount(
                EmailAddress.of(form.username()).value(),
                form.password(),
                Role.COACH,
                form.name().strip());
        redirect.addFlashAttribute("flash", "idea.coach.created");
        return "redirect:/admin/coacher";
    }

    private String show(Model model) {
        model.addAttribute("coaches", ideas.coaches());
        return "idea/coaches";
    }
}
