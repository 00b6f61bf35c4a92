package se.samverka.organisation;

import jakarta.validation.Valid;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.NotFoundException;

/** An organisation's admins keep its list of representatives and their roles; every member may look. */
@Controller
@RequestMapping("/forening/{orgId}/medlemmar")
class MembersController {

    private final Representatives representatives;
    private final WorkspaceAccess access;

    MembersController(Representatives representatives, WorkspaceAccess access) {
        this.representatives = representatives;
        this.access = access;
    }

    @GetMapping
    String list(@PathVariable String orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var membership = access.member(user, orgId);
        model.addAttribute("member", MemberForm.empty());
        return page(membership, model);
    }

    @PostMapping
    String add(
            @PathVariable String orgId,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("member") MemberForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var membership = access.admin(user, orgId);
        if (!result.hasFieldErrors("email") && !EmailAddress.isValid(form.email())) {
            result.rejectValue("email", "organisation.members.email.invalid");
        }
        if (!result.hasErrors()) {
            try {
                representatives.add(
                        membership.organisationId(),
                        form.name().strip(),
                        EmailAddress.of(form.email()),
                        MemberRole.valueOf(form.role()),
                        form.isContact(),
                        locale);
                redirect.addFlashAttribute("flash", "organisation.members.added");
                return "redirect:/forening/" + membership.organisationId() + "/medlemmar";
            } catch (Representatives.Refused e) {
                result.rejectValue("email", e.messageKey);
            }
        }
        return page(membership, model);
    }

    @PostMapping("/{accountId}/roll")
    String changeRole(
            @PathVariable String orgId,
            @PathVariable String accountId,
            @RequestParam String role,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var membership = access.admin(user, orgId);
        var newRole = parseRole(role);
        return refusable(
                membership,
                redirect,
                "organisation.members.roleChanged",
                () -> representatives.changeRole(membership.organisationId(), account(accountId), newRole));
    }

    @PostMapping("/{accountId}/kontakt")
    String contact(
            @PathVariable String orgId,
            @PathVariable String accountId,
            @RequestParam(defaultValue = "false") boolean contact,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var membership = access.admin(user, orgId);
        return refusable(
                membership,
                redirect,
                "organisation.members.contactChanged",
                () -> representatives.setContact(membership.organisationId(), account(accountId), contact));
    }

    @PostMapping("/{accountId}/ta-bort")
    String remove(
            @PathVariable String orgId,
            @PathVariable String accountId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var membership = access.admin(user, orgId);
        return refusable(
                membership,
                redirect,
                "organisation.members.removed",
                () -> representatives.remove(membership.organisationId(), account(accountId)));
    }

    private String refusable(Membership membership, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (Representatives.Refused e) {
            redirect.addFlashAttribute("refusal", e.messageKey);
        }
        return "redirect:/forening/" + membership.organisationId() + "/medlemmar";
    }

    private String page(Membership membership, Model model) {
        model.addAttribute("membership", membership);
        model.addAttribute("members", representatives.of(membership.organisationId()));
        model.addAttribute("roles", MemberRole.values());
        return "organisation/members";
    }

    private static UUID account(String id) {
        return DirectoryController.parseId(id).orElseThrow(() -> new NotFoundException("Member"));
    }

    private static MemberRole parseRole(String role) {
        try {
            return MemberRole.valueOf(role);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Role");
        }
    }
}
