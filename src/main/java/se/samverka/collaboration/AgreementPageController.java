package se.samverka.collaboration;

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
import se.samverka.shared.NotFoundException;

/** One agreement's page: its follow-up dates, marked done or open again, and its document links. */
@Controller
@RequestMapping("/samverkan/avtal/{agreementId}")
class AgreementPageController {

    private final Agreements agreements;
    private final AgreementQueries queries;
    private final AgreementAccess access;

    AgreementPageController(Agreements agreements, AgreementQueries queries, AgreementAccess access) {
        this.agreements = agreements;
        this.queries = queries;
        this.access = access;
    }

    @GetMapping
    String detail(@PathVariable UUID agreementId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        model.addAttribute("followUpForm", FollowUpForm.empty());
        model.addAttribute("documentForm", DocumentForm.empty());
        return show(agreementId, user, model);
    }

    @PostMapping("/uppfoljningar")
    String addFollowUp(
            @PathVariable UUID agreementId,
            @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        access.requireEdit(user, queries.departmentOf(agreementId));
        form.check(result);
        if (result.hasErrors()) {
            model.addAttribute("documentForm", DocumentForm.empty());
            return show(agreementId, user, model);
        }
        agreements.addFollowUp(agreementId, form.dueOnValue(), form.note());
        redirect.addFlashAttribute("flash", "collaboration.followUp.added");
        return back(agreementId);
    }

    @PostMapping("/uppfoljningar/{followUpId}/klar")
    String markFollowUp(
            @PathVariable UUID agreementId,
            @PathVariable UUID followUpId,
            @RequestParam(defaultValue = "true") boolean done,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        access.requireEdit(user, queries.departmentOf(agreementId));
        if (!agreements.markFollowUp(agreementId, followUpId, done)) {
            throw new NotFoundException("Follow-up");
        }
        redirect.addFlashAttribute("flash", done ? "collaboration.followUp.done" : "collaboration.followUp.reopened");
        return back(agreementId);
    }

    @PostMapping("/dokument")
    String addDocument(
            @PathVariable UUID agreementId,
            @ModelAttribute("documentForm") DocumentForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        access.requireEdit(user, queries.departmentOf(agreementId));
        form.check(result);
        if (result.hasErrors()) {
            model.addAttribute("followUpForm", FollowUpForm.empty());
            return show(agreementId, user, model);
        }
        agreements.addDocument(agreementId, form.title(), form.urlValue());
        redirect.addFlashAttribute("flash", "collaboration.document.added");
        return back(agreementId);
    }

    @PostMapping("/dokument/{documentId}/ta-bort")
    String removeDocument(
            @PathVariable UUID agreementId,
            @PathVariable UUID documentId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        access.requireEdit(user, queries.departmentOf(agreementId));
        if (!agreements.removeDocument(agreementId, documentId)) {
            throw new NotFoundException("Document");
        }
        redirect.addFlashAttribute("flash", "collaboration.document.removed");
        return back(agreementId);
    }

    private String show(UUID agreementId, SamverkaUser user, Model model) {
        var agreement = queries.find(agreementId).orElseThrow(() -> new NotFoundException("Agreement"));
        model.addAttribute("agreement", agreement);
        model.addAttribute("mayEdit", access.mayEdit(user, agreement.departmentId()));
        model.addAttribute("today", queries.today());
        return "collaboration/agreement";
    }

    private static String back(UUID agreementId) {
        return "redirect:/samverkan/avtal/" + agreementId;
    }
}
