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
import se.samverka.organisation.Membership;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * The organisation's API keys in its workspace: create one (shown once), see when each was last used, revoke.
 * Only the organisation's administrators: a key acts for the whole organisation. Anyone else gets 404, as on every
 * workspace page.
 */
@Controller
@RequestMapping("/forening/{orgId}/api-nycklar")
class ApiKeyController {

    private final Organisations organisations;
    private final ApiKeys keys;

    ApiKeyController(Organisations organisations, ApiKeys keys) {
        this.organisations = organisations;
        this.keys = keys;
    }

    @GetMapping
    String list(@PathVariable UUID orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var membership = member(user, orgId);
        if (!model.containsAttribute("keyForm")) {
            model.addAttribute("keyForm", new KeyForm(""));
        }
        return page(model, membership);
    }

    @PostMapping
    String create(
            @PathVariable UUID orgId,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("keyForm") KeyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var membership = member(user, orgId);
        if (errors.hasErrors()) {
            return page(model, membership);
        }
        var created = keys.create(orgId, form.name(), user.accountId(), user.username());
        redirect.addFlashAttribute("newKey", created.secret());
        redirect.addFlashAttribute("flash", "api.keys.created");
        return "redirect:/forening/" + orgId + "/api-nycklar";
    }

    @PostMapping("/{keyId}/aterkalla")
    String revoke(
            @PathVariable UUID orgId,
            @PathVariable UUID keyId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        member(user, orgId);
        if (!keys.revoke(orgId, keyId, user.accountId(), user.username())) {
            throw new NotFoundException("Key");
        }
        redirect.addFlashAttribute("flash", "api.keys.revoked");
        return "redirect:/forening/" + orgId + "/api-nycklar";
    }

    private String page(Model model, Membership membership) {
        model.addAttribute("membership", membership);
        model.addAttribute("keys", keys.of(membership.organisationId()));
        return "api/keys";
    }

    private Membership member(SamverkaUser user, UUID orgId) {
        if (user == null) {
            throw new NotFoundException("Organisation");
        }
        return organisations
                .membership(user.accountId(), orgId)
                .filter(Membership::isAdmin)
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }
}
