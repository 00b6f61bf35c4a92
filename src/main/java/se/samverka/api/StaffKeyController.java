package se.samverka.api;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.NotFoundException;

/** The administrator's staff keys for the statistics API: create one (shown once), revoke with a confirmation. */
@Controller
@RequestMapping("/admin/api-nycklar")
class StaffKeyController {

    private final StaffApiKeys keys;

    StaffKeyController(StaffApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("keyForm")) {
            model.addAttribute("keyForm", new KeyForm(""));
        }
        model.addAttribute("keys", keys.all());
        return "api/staff-keys";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("keyForm") KeyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("keys", keys.all());
            return "api/staff-keys";
        }
        var created = keys.create(form.name(), user.accountId(), user.username());
        redirect.addFlashAttribute("newKey", created.secret());
        redirect.addFlashAttribute("flash", "api.keys.created");
        return "redirect:/admin/api-nycklar";
    }

    @GetMapping("/{staffKeyId}/aterkalla")
    String confirm(@PathVariable UUID staffKeyId, Model model) {
        var key = keys.all().stream()
                .filter(k -> k.id().equals(staffKeyId) && k.active())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Key"));
        model.addAttribute("key", key);
        return "api/staff-key-revoke";
    }

    @PostMapping("/{staffKeyId}/aterkalla")
    String revoke(
            @PathVariable UUID staffKeyId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        if (!keys.revoke(staffKeyId, user.accountId(), user.username())) {
            throw new NotFoundException("Key");
        }
        redirect.addFlashAttribute("flash", "api.keys.revoked");
        return "redirect:/admin/api-nycklar";
    }
}
