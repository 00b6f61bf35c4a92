package se.samverka.referral;

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
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.helprequest.IllegalStatusChange;
import se.samverka.organisation.Membership;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * An association's requests: those referred to it, only what it needs to decide, and the resident's details
 * once it has accepted. Anyone who is not a member of that organisation gets 404 for every address here, and
 * so does a member asking for another organisation's referral.
 */
@Controller
@RequestMapping("/forening/{orgId}/arenden")
class WorkspaceReferralController {

    private final Referrals referrals;
    private final ReferralAnswers answers;
    private final Organisations organisations;
    private final AuditLog audit;
    private final OrganisationReferrals views;

    WorkspaceReferralController(
            Referrals referrals,
            ReferralAnswers answers,
            Organisations organisations,
            AuditLog audit,
            OrganisationReferrals views) {
        this.views = views;
        this.referrals = referrals;
        this.answers = answers;
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping
    String list(@PathVariable String orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var membership = membership(orgId, user);
        model.addAttribute("membership", membership);
        model.addAttribute(
                "referrals",
                referrals.current(membership.organisationId()).stream()
                        .map(this::view)
                        .toList());
        return "referral/list";
    }

    @GetMapping("/{referralId}")
    String show(
            @PathVariable String orgId,
            @PathVariable String referralId,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var membership = membership(orgId, user);
        var referral = own(membership, referralId);
        // an association's representative reads a resident's request: audited like a coordinator's reading
        audit.record(AuditAction.VIEW, PersonRef.resident(referral.requestId()), "referral.handling", "referral page");
        return page(membership, referral, DeclineForm.empty(), model);
    }

    @PostMapping("/{referralId}/ja")
    String accept(
            @PathVariable String orgId,
            @PathVariable String referralId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var membership = membership(orgId, user);
        var referral = own(membership, referralId);
        var outcome = answers.accept(referral.id(), membership.organisationId(), actor(user, membership));
        redirect.addFlashAttribute("flash", "referral.flash." + outcome.name());
        return redirectTo(membership, referral);
    }

    /** The organisation has helped: the request is done, and the municipality may follow up with the resident. */
    @PostMapping("/{referralId}/klar")
    String done(
            @PathVariable String orgId,
            @PathVariable String referralId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var membership = membership(orgId, user);
        var referral = own(membership, referralId);
        try {
            var done = answers.markDone(referral.id(), membership.organisationId(), actor(user, membership));
            redirect.addFlashAttribute("flash", done ? "referral.flash.done" : "referral.flash.notDone");
        } catch (IllegalStatusChange e) {
            redirect.addFlashAttribute("flash", "referral.flash.notDone");
        }
        return redirectTo(membership, referral);
    }

    @PostMapping("/{referralId}/nej")
    String decline(
            @PathVariable String orgId,
            @PathVariable String referralId,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("declineForm") DeclineForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var membership = membership(orgId, user);
        var referral = own(membership, referralId);
        if (result.hasErrors()) {
            return page(membership, referral, form, model);
        }
        var outcome = answers.decline(
                referral.id(), membership.organisationId(), actor(user, membership), form.declineReason());
        redirect.addFlashAttribute("flash", "referral.flash." + outcome.name());
        return redirectTo(membership, referral);
    }

    private String page(Membership membership, Referral referral, DeclineForm form, Model model) {
        model.addAttribute("membership", membership);
        model.addAttribute("referral", view(referral));
        model.addAttribute("declineForm", form);
        return "referral/detail";
    }

    private ReferredRequest view(Referral referral) {
        return views.view(referral);
    }

    private Membership membership(String orgId, SamverkaUser user) {
        if (user == null) {
            throw new NotFoundException("Organisation");
        }
        return organisations
                .membership(user.accountId(), uuid(orgId))
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    private Referral own(Membership membership, String referralId) {
        return referrals
                .find(uuid(referralId))
                .filter(r -> r.organisationId().equals(membership.organisationId()))
                .orElseThrow(() -> new NotFoundException("Referral"));
    }

    private static String actor(SamverkaUser user, Membership membership) {
        var name = user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
        return name + " (" + membership.organisationName() + ")";
    }

    private static String redirectTo(Membership membership, Referral referral) {
        return "redirect:/forening/" + membership.organisationId() + "/arenden/" + referral.id();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Organisation");
        }
    }
}
