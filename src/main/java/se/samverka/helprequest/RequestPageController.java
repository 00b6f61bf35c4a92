package se.samverka.helprequest;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
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
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * One request for a coordinator: every detail, the history and the status actions. When someone else was
 * quicker the action fails with a friendly message on the page, never an error page.
 */
@Controller
@RequestMapping("/samordning/arenden/{id}")
class RequestPageController {

    /** Why a coordinator reads or changes a resident's request: to arrange the help. */
    static final String PURPOSE = "help-request.handling";

    private final HelpRequests helpRequests;
    private final Districts districts;
    private final ResidentFollowUps followUps;
    private final Clock clock;
    private final RiskGroups riskGroups;
    private final AuditLog audit;
    private final HelpKinds kinds;

    RequestPageController(
            HelpRequests helpRequests,
            Districts districts,
            ResidentFollowUps followUps,
            Clock clock,
            RiskGroups riskGroups,
            AuditLog audit,
            HelpKinds kinds) {
        this.kinds = kinds;
        this.helpRequests = helpRequests;
        this.districts = districts;
        this.followUps = followUps;
        this.clock = clock;
        this.riskGroups = riskGroups;
        this.audit = audit;
    }

    @GetMapping
    String show(@PathVariable String id, Model model, Authentication coordinator) {
        return page(find(id), model, coordinator);
    }

    @PostMapping("/oppna")
    String open(@PathVariable String id, Principal coordinator, RedirectAttributes redirect) {
        var request = find(id);
        return change(
                request,
                redirect,
                "helprequest.flash.opened",
                () -> helpRequests.open(request.id(), coordinator.getName()));
    }

    @PostMapping("/stall-in")
    String cancel(
            @PathVariable String id,
            @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult result,
            Model model,
            Authentication coordinator,
            RedirectAttributes redirect) {
        var request = find(id);
        if (result.hasErrors()) {
            return page(request, model, coordinator);
        }
        var endSeries = form.endsSeries() && request.recurrence() == Recurrence.WEEKLY;
        return change(
                request,
                redirect,
                endSeries ? "helprequest.flash.cancelledSeries" : "helprequest.flash.cancelled",
                () -> helpRequests.cancel(
                        request.id(), coordinator.getName(), blankToNull(form.cancelReason()), endSeries));
    }

    @PostMapping("/kunde-inte-hjalpas")
    String notHelped(
            @PathVariable String id,
            @Valid @ModelAttribute("notHelpedForm") NotHelpedForm form,
            BindingResult result,
            Model model,
            Authentication coordinator,
            RedirectAttributes redirect) {
        var request = find(id);
        if (result.hasErrors()) {
            return page(request, model, coordinator);
        }
        return change(
                request,
                redirect,
                "helprequest.flash.notHelped",
                () -> helpRequests.markNotHelped(
                        request.id(),
                        coordinator.getName(),
                        form.notHelpedReason().strip()));
    }

    /** After "done": what the resident said when the coordinator called (or answered by SMS) to follow up. */
    @PostMapping("/bekraftelse")
    String residentConfirmation(
            @PathVariable String id,
            @RequestParam(name = "helped", required = false) String helped,
            Principal coordinator,
            RedirectAttributes redirect) {
        var request = find(id);
        if (request.status() != HelpRequestStatus.DONE || !("yes".equals(helped) || "no".equals(helped))) {
            redirect.addFlashAttribute("flash", "helprequest.flash.confirmationChoose");
        } else {
            helpRequests.note(
                    request.id(),
                    coordinator.getName(),
                    "yes".equals(helped) ? "RESIDENT_CONFIRMED" : "RESIDENT_NOT_HELPED",
                    null);
            redirect.addFlashAttribute("flash", "helprequest.flash.confirmationSaved");
        }
        return "redirect:/samordning/arenden/" + request.id();
    }

    /** After "done": asks the resident by SMS whether they got help; their answer is read from the reply. */
    @PostMapping("/fraga-via-sms")
    String askResident(@PathVariable String id, Principal coordinator, RedirectAttributes redirect) {
        var request = find(id);
        var outcome = followUps.ask(request.id(), coordinator.getName());
        redirect.addFlashAttribute(
                "flash",
                switch (outcome) {
                    case ASKED -> "helprequest.flash.followUpAsked";
                    case ALREADY_ASKED -> "helprequest.flash.followUpAlreadyAsked";
                    case NOT_POSSIBLE -> "helprequest.flash.followUpNotPossible";
                });
        return "redirect:/samordning/arenden/" + request.id();
    }

    private String change(HelpRequest request, RedirectAttributes redirect, String doneMessage, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", doneMessage);
        } catch (IllegalStatusChange e) {
            redirect.addFlashAttribute("flash", "helprequest.flash.conflict");
        }
        return "redirect:/samordning/arenden/" + request.id();
    }

    private String page(HelpRequest request, Model model, Authentication coordinator) {
        audit.record(AuditAction.VIEW, PersonRef.resident(request.id()), PURPOSE, "request page");
        // health data (GDPR art. 9): decrypted only here, and RiskGroups writes its own audit entry for it
        model.addAttribute("riskGroup", riskGroups.view(request.id()).orElse(null));
        model.addAttribute("request", request);
        model.addAttribute(
                "districtName",
                districts.find(request.districtId()).map(d -> d.name()).orElse(request.districtId()));
        // the kind's name as it was when the request was made: a later renaming does not rewrite the request
        model.addAttribute(
                "kindName", kinds.nameAt(request.kind(), request.createdAt(), LocaleContextHolder.getLocale()));
        model.addAttribute("descriptionLines", request.description().lines().toList());
        model.addAttribute(
                "history",
                helpRequests.history(request.id()).stream()
                        .map(e -> HistoryLine.of(e, clock.getZone()))
                        .toList());
        model.addAttribute("createdAt", request.createdAt().atZone(clock.getZone()));
        var followUp = followUps.find(request.id()).orElse(null);
        model.addAttribute(
                "followUpPossible",
                followUp == null && ResidentFollowUps.mobileIfDone(request).isPresent());
        model.addAttribute(
                "followUpAskedAt", followUp == null ? null : followUp.askedAt().atZone(clock.getZone()));
        model.addAttribute("followUpAnswer", followUp == null ? null : followUp.answer());
        // a form bound from the request is in the model already with its errors; replacing it would drop them
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", CancelForm.empty());
        }
        if (!model.containsAttribute("notHelpedForm")) {
            model.addAttribute("notHelpedForm", NotHelpedForm.empty());
        }
        return "helprequest/request";
    }

    private HelpRequest find(String id) {
        try {
            return helpRequests.find(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("Help request"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Help request");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
