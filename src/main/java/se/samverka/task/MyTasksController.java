package se.samverka.task;

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
import se.samverka.callout.CalloutAnswers;
import se.samverka.callout.CalloutQueries;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/** "Mina uppdrag": asks to me (hand-picked or chosen by a call-out), my active tasks and what I have done. Ids of others' things give 404. */
@Controller
@RequestMapping("/mina-sidor")
class MyTasksController {

    private final Volunteers volunteers;
    private final MyTasks myTasks;
    private final Assignments assignments;
    private final CalloutQueries calloutQueries;
    private final CalloutAnswers calloutAnswers;
    private final se.samverka.callout.ContactLedger ledger;
    private final java.time.Clock clock;

    MyTasksController(
            Volunteers volunteers,
            MyTasks myTasks,
            Assignments assignments,
            CalloutQueries calloutQueries,
            CalloutAnswers calloutAnswers,
            se.samverka.callout.ContactLedger ledger,
            java.time.Clock clock) {
        this.clock = clock;
        this.calloutQueries = calloutQueries;
        this.calloutAnswers = calloutAnswers;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.myTasks = myTasks;
        this.assignments = assignments;
    }

    static final int CONTACTS_SHOWN = 15;

    @GetMapping
    String overview(@AuthenticationPrincipal SamverkaUser user, Model model) {
        var me = me(user);
        model.addAttribute("me", me);
        model.addAttribute("asks", calloutQueries.openAsksOf(me.id()));
        model.addAttribute("contacts", ledger.of(me.id(), CONTACTS_SHOWN, clock.getZone()));
        model.addAttribute("active", myTasks.active(me));
        model.addAttribute("done", myTasks.done(me));
        model.addAttribute("situation", myTasks.situation(me));
        if (!model.containsAttribute("doneForm")) {
            model.addAttribute("doneForm", new DoneForm(null, null));
        }
        if (!model.containsAttribute("handBackForm")) {
            model.addAttribute("handBackForm", new HandBackForm(null));
        }
        return "task/my-tasks";
    }

    /** One active task on one page, to print and take along: where, when, who, the code word. */
    @GetMapping("/uppdrag/{assignmentId}/utskrift")
    String taskSheet(@PathVariable UUID assignmentId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var task = myTasks.active(me(user)).stream()
                .filter(t -> t.assignment().id().equals(assignmentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Assignment"));
        model.addAttribute("t", task);
        return "task/task-sheet";
    }

    /** Answers one of my call-out asks from Mina uppdrag, as the e-mail link would. */
    @PostMapping("/utskick/{askId}/{answer:ja|nej}")
    String answerAsk(
            @PathVariable UUID askId,
            @PathVariable String answer,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var me = me(user);
        var own = calloutQueries.openAsksOf(me.id()).stream()
                        .anyMatch(a -> a.ask().id().equals(askId))
                || calloutQueries
                        .askOf(askId)
                        .filter(a -> a.volunteerId().equals(me.id()))
                        .isPresent();
        if (!own) {
            throw new NotFoundException("Ask");
        }
        var result = calloutAnswers.answer(askId, "ja".equals(answer));
        redirect.addFlashAttribute("flash", result.flashKey());
        return "redirect:/mina-sidor";
    }

    @PostMapping("/uppdrag/{assignmentId}/klart")
    String done(
            @PathVariable UUID assignmentId,
            @Valid @ModelAttribute("doneForm") DoneForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var me = me(user);
        if (result.hasErrors()) {
            model.addAttribute("failedAssignmentId", assignmentId);
            return overview(user, model);
        }
        assignments.complete(assignmentId, me, blankToNull(form.note()), form.minutesValue());
        redirect.addFlashAttribute("flash", "task.task.doneThanks");
        // the page then offers the short feedback form (the incident module's) for this task
        redirect.addFlashAttribute("feedbackAssignmentId", assignmentId);
        return "redirect:/mina-sidor";
    }

    @PostMapping("/uppdrag/{assignmentId}/lamna-tillbaka")
    String handBack(
            @PathVariable UUID assignmentId,
            @Valid @ModelAttribute("handBackForm") HandBackForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var me = me(user);
        if (result.hasErrors()) {
            model.addAttribute("failedAssignmentId", assignmentId);
            return overview(user, model);
        }
        assignments.handBack(assignmentId, me, form.reason().strip());
        redirect.addFlashAttribute("flash", "task.task.handedBack");
        return "redirect:/mina-sidor";
    }

    private VolunteerProfile me(SamverkaUser user) {
        return volunteers.findByAccount(user.accountId()).orElseThrow(() -> new NotFoundException("Volunteer"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
