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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * A volunteer reports a problem, about one of their tasks or in general, and sees what they reported and how
 * far the coordinators have come; never the coordinators' log. Others' reports give 404.
 */
@Controller
@RequestMapping("/mina-sidor/incidenter")
class MyIncidentsController {

    private final Incidents incidents;
    private final TaskRepository tasks;
    private final Volunteers volunteers;
    private final Clock clock;

    MyIncidentsController(Incidents incidents, TaskRepository tasks, Volunteers volunteers, Clock clock) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** One of the volunteer's tasks to choose from. */
    public record TaskOption(UUID id, String name) {}

    @GetMapping
    String list(@AuthenticationPrincipal SamverkaUser user, Model model) {
        var me = me(user);
        model.addAttribute("reports", incidents.reportedBy(me.id()));
        model.addAttribute("zone", clock.getZone());
        return "incident/my-list";
    }

    @GetMapping("/ny")
    String form(
            @RequestParam(name = "uppdrag", required = false) UUID assignmentId,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var me = me(user);
        var own = assignmentId != null
                        && tasks.find(assignmentId)
                                .filter(t -> t.volunteerId().equals(me.id()))
                                .isPresent()
                ? assignmentId
                : null;
        var form = new IncidentForm(null, null, LocalDate.now(clock), null, null, null, own, false);
        return form(model, me, form);
    }

    @PostMapping("/ny")
    String report(
            @Valid @ModelAttribute("incident") IncidentForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var me = me(user);
        if (!result.hasFieldErrors("occurredOn") && form.occurredOn() != null) {
            var problem = form.dateProblem(LocalDate.now(clock));
            if (problem != null) {
                result.rejectValue("occurredOn", problem);
            }
        }
        var task = form.assignmentId() == null
                ? null
                : tasks.find(form.assignmentId())
                        .filter(t -> t.volunteerId().equals(me.id()))
                        .orElse(null);
        if (form.assignmentId() != null && task == null) {
            result.rejectValue("assignmentId", "incident.form.task.unknown");
        }
        if (result.hasErrors()) {
            return form(model, me, form);
        }
        var id = incidents.report(new NewIncident(
                IncidentKind.valueOf(form.kind()),
                form.description(),
                form.occurredOn(),
                task == null ? null : task.requestId(),
                null,
                me.id(),
                user.getUsername(),
                false,
                null));
        redirect.addFlashAttribute("flash", "incident.my.reported");
        return "redirect:/mina-sidor/incidenter/" + id;
    }

    @GetMapping("/{incidentId}")
    String show(@PathVariable UUID incidentId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var me = me(user);
        var incident = incidents
                .find(incidentId)
                .filter(i -> me.id().equals(i.reporterVolunteerId()))
                .orElseThrow(() -> new NotFoundException("Incident"));
        model.addAttribute("i", incident);
        model.addAttribute("zone", clock.getZone());
        return "incident/my-detail";
    }

    private String form(Model model, VolunteerProfile me, IncidentForm form) {
        model.addAttribute("incident", form);
        model.addAttribute(
                "kinds", Arrays.stream(IncidentKind.values()).map(Enum::name).toList());
        model.addAttribute(
                "tasks",
                tasks.of(me.id()).stream()
                        .map(t -> new TaskOption(t.assignmentId(), "#" + t.requestNumber()))
                        .toList());
        return "incident/my-new";
    }

    private VolunteerProfile me(SamverkaUser user) {
        return volunteers.findByAccount(user.accountId()).orElseThrow(() -> new NotFoundException("Volunteer"));
    }
}
