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
import se.samverka.safeguarding.Suspensions;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * A volunteer's suspension, beside their safeguarding checks: whether one is in force, the earlier ones, and the
 * forms to suspend (with a reason only coordinators see) and to lift it.
 */
@Controller
@RequestMapping("/samordning/volontarer/{id}/avstangning")
class SuspensionController {

    private final Volunteers volunteers;
    private final Suspensions suspensions;
    private final Incidents incidents;
    private final AuditLog audit;
    private final Clock clock;

    SuspensionController(
            Volunteers volunteers, Suspensions suspensions, Incidents incidents, AuditLog audit, Clock clock) {
        this.volunteers = volunteers;
        this.suspensions = suspensions;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        return page(model, volunteer(id), new SuspendForm(null, null));
    }

    @PostMapping
    String suspend(
            @PathVariable UUID id,
            @Valid @ModelAttribute("suspend") SuspendForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var volunteer = volunteer(id);
        if (result.hasErrors()) {
            return page(model, volunteer, form);
        }
        try {
            suspensions.suspend(id, form.reason(), user.getUsername());
            redirect.addFlashAttribute("flash", "incident.suspension.done");
        } catch (Suspensions.AlreadySuspended e) {
            redirect.addFlashAttribute("flash", "incident.suspension.already");
        }
        var incident = form.incidentId() == null
                ? null
                : incidents.find(form.incidentId()).orElse(null);
        if (incident != null) {
            if (!incident.isClosed()) {
                incidents.addLog(incident.id(), form.reason(), user.getUsername());
            }
            return "redirect:/samordning/incidenter/" + incident.id();
        }
        return "redirect:/samordning/volontarer/" + id + "/avstangning";
    }

    @PostMapping("/hav")
    String lift(@PathVariable UUID id, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        volunteer(id);
        redirect.addFlashAttribute(
                "flash",
                suspensions.lift(id, user.getUsername()) ? "incident.suspension.lifted" : "incident.suspension.none");
        return "redirect:/samordning/volontarer/" + id + "/avstangning";
    }

    private VolunteerProfile volunteer(UUID id) {
        return volunteers.find(id).orElseThrow(() -> new NotFoundException("Volunteer"));
    }

    private String page(Model model, VolunteerProfile volunteer, SuspendForm form) {
        audit.record(
                AuditAction.VIEW, PersonRef.volunteer(volunteer.id()), IncidentPageController.PURPOSE, "suspensions");
        model.addAttribute("volunteerId", volunteer.id());
        model.addAttribute("volunteerName", volunteer.name());
        model.addAttribute("active", suspensions.active(volunteer.id()).orElse(null));
        model.addAttribute("history", suspensions.history(volunteer.id()));
        model.addAttribute("suspend", form);
        model.addAttribute("zone", clock.getZone());
        return "incident/suspension";
    }
}
