package se.samverka.incident;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.helprequest.HelpRequests;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * Feedback after a task: the volunteer's own, once, after marking it done; and the coordinators' page of a
 * request with all its feedback, where they write down what the resident said on the phone.
 */
@Controller
class FeedbackController {

    private final Feedbacks feedbacks;
    private final Volunteers volunteers;
    private final HelpRequests helpRequests;
    private final Clock clock;

    FeedbackController(Feedbacks feedbacks, Volunteers volunteers, HelpRequests helpRequests, Clock clock) {
        this.feedbacks = feedbacks;
        this.volunteers = volunteers;
        this.helpRequests = helpRequests;
        this.clock = clock;
    }

    @GetMapping("/mina-sidor/uppdrag/{doneAssignmentId}/aterkoppling")
    String volunteerForm(@PathVariable UUID doneAssignmentId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var task = ownDoneTask(doneAssignmentId, user);
        return volunteerPage(model, task, FeedbackForm.empty());
    }

    @PostMapping("/mina-sidor/uppdrag/{doneAssignmentId}/aterkoppling")
    String volunteerGive(
            @PathVariable UUID doneAssignmentId,
            @Valid @ModelAttribute("feedback") FeedbackForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var task = ownDoneTask(doneAssignmentId, user);
        if (!result.hasErrors() && form.isEmpty()) {
            result.rejectValue("text", "incident.feedback.empty");
        }
        if (result.hasErrors()) {
            return volunteerPage(model, task, form);
        }
        try {
            feedbacks.fromVolunteer(task, form.ratingValue(), form.text(), user.getUsername());
            redirect.addFlashAttribute("flash", "incident.feedback.thanks");
        } catch (Feedbacks.AlreadyGiven e) {
            redirect.addFlashAttribute("flash", "incident.feedback.already");
        }
        return "redirect:/mina-sidor";
    }

    @GetMapping("/samordning/arenden/{id}/aterkoppling")
    String requestPage(@PathVariable UUID id, Model model) {
        return requestPage(model, id, FeedbackForm.empty());
    }

    @PostMapping("/samordning/arenden/{id}/aterkoppling")
    String residentByPhone(
            @PathVariable UUID id,
            @Valid @ModelAttribute("feedback") FeedbackForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && form.isEmpty()) {
            result.rejectValue("text", "incident.feedback.empty");
        }
        if (result.hasErrors()) {
            return requestPage(model, id, form);
        }
        helpRequests.find(id).orElseThrow(() -> new NotFoundException("Help request"));
        feedbacks.fromResidentByPhone(id, form.ratingValue(), form.text(), user.getUsername());
        redirect.addFlashAttribute("flash", "incident.feedback.recorded");
        return "redirect:/samordning/arenden/" + id + "/aterkoppling";
    }

    private Task ownDoneTask(UUID assignmentId, SamverkaUser user) {
        var me = volunteers.findByAccount(user.accountId()).orElseThrow(() -> new NotFoundException("Volunteer"));
        return feedbacks.doneTaskOf(assignmentId, me.id()).orElseThrow(() -> new NotFoundException("Task"));
    }

    private String volunteerPage(Model model, Task task, FeedbackForm form) {
        model.addAttribute("task", task);
        model.addAttribute("given", feedbacks.forAssignment(task.assignmentId()).orElse(null));
        model.addAttribute("feedback", form);
        model.addAttribute("ratings", List.of("1", "2", "3", "4", "5"));
        return "incident/feedback";
    }

    private String requestPage(Model model, UUID requestId, FeedbackForm form) {
        var request = helpRequests.find(requestId).orElseThrow(() -> new NotFoundException("Help request"));
        model.addAttribute("request", request);
        model.addAttribute(
                "entries",
                feedbacks.forRequest(requestId).stream()
                        .map(f -> new Entry(
                                f,
                                f.volunteerId() == null
                                        ? null
                                        : volunteers
                                                .find(f.volunteerId())
                                                .map(v -> v.name())
                                                .orElse(null)))
                        .toList());
        model.addAttribute("feedback", form);
        model.addAttribute("ratings", List.of("1", "2", "3", "4", "5"));
        model.addAttribute("zone", clock.getZone());
        return "incident/request-feedback";
    }

    /** Feedback with the name of the volunteer who gave it or whom it is about. */
    public record Entry(Feedback feedback, String volunteerName) {}
}
