package se.samverka.incident;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.helprequest.HelpRequests;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/** The coordinators' incident list and the report form, also on a resident's behalf. */
@Controller
@RequestMapping("/samordning/incidenter")
class IncidentController {

    static final int PAGE_SIZE = 20;
    static final int SUGGESTIONS = 10;

    private final Incidents incidents;
    private final Feedbacks feedbacks;
    private final HelpRequests helpRequests;
    private final Volunteers volunteers;
    private final Clock clock;

    IncidentController(
            Incidents incidents, Feedbacks feedbacks, HelpRequests helpRequests, Volunteers volunteers, Clock clock) {
        this.incidents = incidents;
        this.feedbacks = feedbacks;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** An incident in the list. */
    public record Row(Incident incident, Long requestNumber, String volunteerName) {}

    /** Poor feedback in the list, with the number of its request. */
    public record Suggestion(Feedback feedback, long requestNumber) {}

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            @RequestParam(name = "sida", defaultValue = "1") String page,
            Model model) {
        var statusFilter = Arrays.stream(IncidentStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        var kindFilter = Arrays.stream(IncidentKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
        var total = incidents.count(statusFilter, kindFilter);
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.min(parsePage(page), pages);
        model.addAttribute(
                "rows",
                incidents.page(statusFilter, kindFilter, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                        .map(i -> new Row(
                                i,
                                i.requestId() == null
                                        ? null
                                        : helpRequests
                                                .find(i.requestId())
                                                .map(r -> r.number())
                                                .orElse(null),
                                i.volunteerId() == null
                                        ? null
                                        : volunteers
                                                .find(i.volunteerId())
                                                .map(v -> v.name())
                                                .orElse(null)))
                        .toList());
        model.addAttribute(
                "suggestions",
                feedbacks.suggestions(SUGGESTIONS).stream()
                        .map(f -> new Suggestion(
                                f,
                                helpRequests
                                        .find(f.requestId())
                                        .map(r -> r.number())
                                        .orElse(0L)))
                        .toList());
        model.addAttribute("status", statusFilter == null ? "" : statusFilter.name());
        model.addAttribute("kind", kindFilter == null ? "" : kindFilter.name());
        model.addAttribute("filtered", statusFilter != null || kindFilter != null);
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("kinds", IncidentKind.values());
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("zone", clock.getZone());
        return "incident/list";
    }

    @GetMapping("/ny")
    String form(
            @RequestParam(name = "arende", required = false) UUID requestId,
            @RequestParam(name = "volontar", required = false) UUID volunteerId,
            @RequestParam(name = "aterkoppling", required = false) UUID feedbackId,
            Model model) {
        var form = IncidentForm.empty(LocalDate.now(clock));
        if (feedbackId != null) {
            var feedback = feedbacks.find(feedbackId).orElseThrow(() -> new NotFoundException("Feedback"));
            form = new IncidentForm(
                    IncidentKind.COMPLAINT.name(),
                    feedback.text(),
                    LocalDate.now(clock),
                    feedback.requestId(),
                    feedback.volunteerId(),
                    feedbackId,
                    null,
                    feedback.source() != FeedbackSource.VOLUNTEER);
        } else {
            form = new IncidentForm(
                    null, null, LocalDate.now(clock), requestId, volunteerId, null, null, requestId != null);
        }
        return form(model, form);
    }

    @PostMapping("/ny")
    String report(
            @Valid @ModelAttribute("incident") IncidentForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("occurredOn") && form.occurredOn() != null) {
            var problem = form.dateProblem(LocalDate.now(clock));
            if (problem != null) {
                result.rejectValue("occurredOn", problem);
            }
        }
        if (result.hasErrors()) {
            return form(model, form);
        }
        // the context came in hidden fields: only ids that name something are kept
        var requestId =
                form.requestId() != null && helpRequests.find(form.requestId()).isPresent() ? form.requestId() : null;
        var volunteerId = form.volunteerId() != null
                        && volunteers.find(form.volunteerId()).isPresent()
                ? form.volunteerId()
                : null;
        var feedbackId =
                form.feedbackId() != null && feedbacks.find(form.feedbackId()).isPresent() ? form.feedbackId() : null;
        var id = incidents.report(new NewIncident(
                IncidentKind.valueOf(form.kind()),
                form.description(),
                form.occurredOn(),
                requestId,
                volunteerId,
                null,
                user.getUsername(),
                requestId != null && form.onBehalf(),
                feedbackId));
        redirect.addFlashAttribute("flash", "incident.reported");
        return "redirect:/samordning/incidenter/" + id;
    }

    private String form(Model model, IncidentForm form) {
        model.addAttribute("incident", form);
        model.addAttribute(
                "kinds", Arrays.stream(IncidentKind.values()).map(Enum::name).toList());
        model.addAttribute(
                "request",
                form.requestId() == null
                        ? null
                        : helpRequests.find(form.requestId()).orElse(null));
        model.addAttribute(
                "volunteerName",
                form.volunteerId() == null
                        ? null
                        : volunteers.find(form.volunteerId()).map(v -> v.name()).orElse(null));
        return "incident/new";
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
