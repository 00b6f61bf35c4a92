package se.samverka.incident;

import jakarta.validation.Valid;
import java.time.Clock;
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
import se.samverka.helprequest.HelpRequests;
import se.samverka.safeguarding.Suspensions;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.Volunteers;

/**
 * One incident for the coordinators: what was reported, the handling log, a new entry, closing it with an
 * outcome, and suspending the volunteer it concerns. Viewing it is audited for each person it concerns.
 */
@Controller
@RequestMapping("/samordning/incidenter/{incidentId}")
class IncidentPageController {

    static final String PURPOSE = "incident.handling";

    private final Incidents incidents;
    private final HelpRequests helpRequests;
    private final Volunteers volunteers;
    private final Suspensions suspensions;
    private final AuditLog audit;
    private final Clock clock;

    IncidentPageController(
            Incidents incidents,
            HelpRequests helpRequests,
            Volunteers volunteers,
            Suspensions suspensions,
            AuditLog audit,
            Clock clock) {
        this.incidents = incidents;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.suspensions = suspensions;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID incidentId, Model model) {
        return page(model, incident(incidentId), new LogForm(null), new CloseForm(null));
    }

    @PostMapping("/logg")
    String log(
            @PathVariable UUID incidentId,
            @Valid @ModelAttribute("logEntry") LogForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var incident = incident(incidentId);
        if (result.hasErrors()) {
            return page(model, incident, form, new CloseForm(null));
        }
        try {
            incidents.addLog(incidentId, form.entry(), user.getUsername());
            redirect.addFlashAttribute("flash", "incident.log.added");
        } catch (Incidents.AlreadyClosed e) {
            redirect.addFlashAttribute("flash", "incident.alreadyClosed");
        }
        return "redirect:/samordning/incidenter/" + incidentId;
    }

    @PostMapping("/stang")
    String close(
            @PathVariable UUID incidentId,
            @Valid @ModelAttribute("closing") CloseForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var incident = incident(incidentId);
        if (result.hasErrors()) {
            return page(model, incident, new LogForm(null), form);
        }
        try {
            incidents.close(incidentId, form.outcome(), user.getUsername());
            redirect.addFlashAttribute("flash", "incident.closed");
        } catch (Incidents.AlreadyClosed e) {
            redirect.addFlashAttribute("flash", "incident.alreadyClosed");
        }
        return "redirect:/samordning/incidenter/" + incidentId;
    }

    private Incident incident(UUID id) {
        return incidents.find(id).orElseThrow(() -> new NotFoundException("Incident"));
    }

    private String page(Model model, Incident incident, LogForm log, CloseForm close) {
        if (incident.volunteerId() != null) {
            audit.record(AuditAction.VIEW, PersonRef.volunteer(incident.volunteerId()), PURPOSE, "incident");
        }
        if (incident.requestId() != null) {
            audit.record(AuditAction.VIEW, PersonRef.resident(incident.requestId()), PURPOSE, "incident");
        }
        model.addAttribute("i", incident);
        model.addAttribute(
                "request",
                incident.requestId() == null
                        ? null
                        : helpRequests.find(incident.requestId()).orElse(null));
        var volunteer = incident.volunteerId() == null
                ? null
                : volunteers.find(incident.volunteerId()).orElse(null);
        model.addAttribute("volunteer", volunteer);
        model.addAttribute(
                "suspension",
                volunteer == null ? null : suspensions.active(volunteer.id()).orElse(null));
        model.addAttribute(
                "reporterName",
                incident.reporterVolunteerId() == null
                        ? incident.reportedBy()
                        : volunteers
                                .find(incident.reporterVolunteerId())
                                .map(v -> v.name())
                                .orElse(incident.reportedBy()));
        model.addAttribute("entries", incidents.log(incident.id()));
        model.addAttribute("logEntry", log);
        model.addAttribute("closing", close);
        if (!model.containsAttribute("suspend")) {
            model.addAttribute("suspend", new SuspendForm(null, incident.id()));
        }
        model.addAttribute("zone", clock.getZone());
        return "incident/detail";
    }
}
