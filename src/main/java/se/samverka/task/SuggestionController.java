package se.samverka.task;

import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.callout.AskStatus;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.Callouts;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.IllegalStatusChange;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.Volunteers;

/**
 * The coordinator's view of who could help with a request: "Fråga volontärer" (Samverka chooses, in waves), ask
 * the volunteers picked from the ranked list (a hand-picked call-out), or assign one directly after a call.
 */
@Controller
@RequestMapping("/samordning/arenden/{id}")
class SuggestionController {

    static final int MAX_OFFER_COUNT = 20;

    private final HelpRequests helpRequests;
    private final Suggestions suggestions;
    private final HandPicking handPicking;
    private final Assignments assignments;
    private final AssignmentRepository assignmentRepository;
    private final Volunteers volunteers;
    private final CalloutQueries calloutQueries;
    private final Clock clock;
    private final AuditLog audit;

    SuggestionController(
            HelpRequests helpRequests,
            Suggestions suggestions,
            HandPicking handPicking,
            Assignments assignments,
            AssignmentRepository assignmentRepository,
            Volunteers volunteers,
            CalloutQueries calloutQueries,
            Clock clock,
            AuditLog audit) {
        this.helpRequests = helpRequests;
        this.suggestions = suggestions;
        this.handPicking = handPicking;
        this.assignments = assignments;
        this.assignmentRepository = assignmentRepository;
        this.volunteers = volunteers;
        this.calloutQueries = calloutQueries;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping("/volontarer")
    String suggestions(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestParam(name = "visa", defaultValue = "" + SuggestionPage.STEP) int shown,
            Model model) {
        var request = helpRequests.find(id).orElseThrow(() -> new NotFoundException("Help request"));
        audit.record(AuditAction.VIEW, PersonRef.resident(id), "help-request.handling", "volunteers page");
        var page = SuggestionPage.of(suggestions.rank(request), shown, suggestions::describe);
        model.addAttribute("request", request);
        model.addAttribute("page", page);
        model.addAttribute("eligible", page.eligible());
        model.addAttribute("ineligible", page.ineligible());
        model.addAttribute(
                "assignment",
                assignmentRepository
                        .activeFor(id)
                        .map(a -> new Named<>(
                                a,
                                volunteers
                                        .find(a.volunteerId())
                                        .map(v -> v.name())
                                        .orElse("–")))
                        .orElse(null));
        model.addAttribute("maxOfferCount", MAX_OFFER_COUNT);
        addCallouts(id, model);
        return htmx != null ? "task/suggestions :: panel" : "task/suggestions";
    }

    @PostMapping("/erbjud")
    String offer(
            @PathVariable UUID id,
            @RequestParam(name = "volunteerIds", required = false) List<UUID> volunteerIds,
            @RequestParam(name = "top", required = false) Integer top,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        // an unknown request is not found, whatever was chosen
        helpRequests.find(id).orElseThrow(() -> new NotFoundException("Help request"));
        try {
            Callouts.HandPicked result;
            if (volunteerIds != null && !volunteerIds.isEmpty()) {
                result = handPicking.ask(id, volunteerIds, user.getUsername());
            } else if (top != null && top >= 1 && top <= MAX_OFFER_COUNT) {
                result = handPicking.askTop(id, top, user.getUsername());
            } else {
                redirect.addFlashAttribute("flash", "task.offer.chooseSomeone");
                return "redirect:/samordning/arenden/" + id + "/volontarer";
            }
            var asked = result.asked().size();
            redirect.addFlashAttribute("flash", asked == 0 ? "task.offer.noneEligible" : "task.offer.sent");
            redirect.addFlashAttribute("offeredCount", asked);
            if (!result.heldBack().isEmpty()) {
                var names = volunteers.namesOf(result.heldBack().keySet());
                redirect.addFlashAttribute(
                        "heldBack",
                        new ArrayList<>(result.heldBack().entrySet().stream()
                                .map(e -> new HeldBack(
                                        names.getOrDefault(e.getKey(), "–"),
                                        "task.ineligible." + e.getValue().name()))
                                .toList()));
            }
        } catch (IllegalStatusChange e) {
            redirect.addFlashAttribute("flash", "task.conflict");
        } catch (Callouts.AlreadyActive e) {
            redirect.addFlashAttribute("flash", "task.offer.calloutActive");
        }
        return "redirect:/samordning/arenden/" + id + "/volontarer";
    }

    /** A chosen volunteer the rules held back, and why (a message key): kept in the session for one redirect. */
    record HeldBack(String name, String reasonKey) implements Serializable {}

    @PostMapping("/tilldela")
    String assign(
            @PathVariable UUID id,
            @RequestParam("volunteerId") UUID volunteerId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var request = helpRequests.find(id).orElseThrow(() -> new NotFoundException("Help request"));
        var volunteer = volunteers.find(volunteerId).orElseThrow(() -> new NotFoundException("Volunteer"));
        // the rules are checked again here, not trusted from the page: safeguarding level, ask budget, pause ...
        if (!suggestions.mayAssignAfterCall(request, volunteerId)) {
            redirect.addFlashAttribute("flash", "task.assign.notEligible");
            return "redirect:/samordning/arenden/" + id + "/volontarer";
        }
        try {
            assignments.assign(request, volunteer, "DIRECT", user.getUsername());
            redirect.addFlashAttribute("flash", "task.assigned");
        } catch (IllegalStatusChange | DuplicateKeyException e) {
            redirect.addFlashAttribute("flash", "task.conflict");
        }
        return "redirect:/samordning/arenden/" + id;
    }

    /** The request's active call-out with how it goes, its earlier call-outs, and the form to start one. */
    private void addCallouts(UUID id, Model model) {
        var all = calloutQueries.forSubject(SubjectType.HELP_REQUEST, id);
        var active = all.stream().filter(c -> c.isActive()).findFirst().orElse(null);
        model.addAttribute("activeCallout", active);
        model.addAttribute(
                "earlierCallouts", all.stream().filter(c -> !c.isActive()).toList());
        if (active != null) {
            var asks = calloutQueries.asks(active.id());
            model.addAttribute("calloutAsked", asks.size());
            model.addAttribute(
                    "calloutAnswered",
                    asks.stream()
                            .filter(a -> a.status() == AskStatus.ACCEPTED || a.status() == AskStatus.DECLINED)
                            .count());
        }
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("zone", clock.getZone());
        var error = (String) model.getAttribute(CalloutStartController.URGENCY_ERROR);
        var form = new CalloutStartForm((String) model.getAttribute(CalloutStartController.REJECTED_URGENCY));
        model.addAttribute("calloutStart", form);
        if (error != null) {
            var result = new BeanPropertyBindingResult(form, "calloutStart");
            result.rejectValue("urgency", error);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "calloutStart", result);
        }
    }

    /** A row with the volunteer's name beside it, for the page. */
    record Named<T>(T item, String name) {}
}
