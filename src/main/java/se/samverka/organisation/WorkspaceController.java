package se.samverka.organisation;

import jakarta.validation.Valid;
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

/** An organisation's workspace: its start page, its page's details and the yearly check. */
@Controller
@RequestMapping("/forening")
class WorkspaceController {

    private final Organisations organisations;
    private final OrganisationRegister register;
    private final WorkspaceAccess access;
    private final DetailsOptions options;
    private final java.time.Clock clock;

    WorkspaceController(
            Organisations organisations,
            OrganisationRegister register,
            WorkspaceAccess access,
            DetailsOptions options,
            java.time.Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.register = register;
        this.access = access;
        this.options = options;
    }

    /** The organisations the account acts for; with only one, straight to it. */
    @GetMapping
    String choose(@AuthenticationPrincipal SamverkaUser user, Model model) {
        var memberships =
                user == null ? java.util.List.<Membership>of() : organisations.membershipsOf(user.accountId());
        if (memberships.size() == 1) {
            return "redirect:/forening/" + memberships.get(0).organisationId();
        }
        model.addAttribute("memberships", memberships);
        return "organisation/workspaces";
    }

    @GetMapping("/{orgId}")
    String start(@PathVariable String orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var membership = access.member(user, orgId);
        var organisation = organisations.find(membership.organisationId()).orElseThrow();
        model.addAttribute("organisation", organisation);
        model.addAttribute("membership", membership);
        model.addAttribute("phone", DirectoryController.phone(organisation));
        model.addAttribute("districtNames", options.districtNames());
        model.addAttribute("zone", YearlyCheck.STOCKHOLM);
        model.addAttribute(
                "checkDue",
                organisation.isApproved() && organisation.confirmedAt().isBefore(YearlyCheck.cutoff(clock.instant())));
        return "organisation/workspace";
    }

    /** The yearly check's answer: the page is still right. */
    @PostMapping("/{orgId}/bekrafta")
    String confirm(
            @PathVariable String orgId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        var membership = access.admin(user, orgId);
        register.confirm(membership.organisationId());
        redirect.addFlashAttribute("flash", "organisation.workspace.confirmed");
        return "redirect:/forening/" + membership.organisationId();
    }

    @GetMapping("/{orgId}/uppgifter")
    String editForm(@PathVariable String orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var membership = access.admin(user, orgId);
        model.addAttribute(
                "form",
                DetailsForm.of(organisations.find(membership.organisationId()).orElseThrow()));
        return edit(membership, model);
    }

    @PostMapping("/{orgId}/uppgifter")
    String save(
            @PathVariable String orgId,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("form") DetailsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var membership = access.admin(user, orgId);
        options.check(form, result, membership.organisationId());
        if (!result.hasErrors()) {
            try {
                register.update(membership.organisationId(), form.details(), form.language());
                redirect.addFlashAttribute("flash", "organisation.edit.saved");
                return "redirect:/forening/" + membership.organisationId();
            } catch (DuplicateOrganisation e) {
                result.rejectValue(e.field, "organisation.field." + e.field + ".taken");
            }
        }
        return edit(membership, model);
    }

    private String edit(Membership membership, Model model) {
        model.addAttribute("membership", membership);
        options.addTo(model);
        model.addAttribute("languageOptions", OrganisationRegister.LANGUAGES);
        return "organisation/edit";
    }
}
