package se.samverka.resourcegroup;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.crisis.Crises;
import se.samverka.district.Districts;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/** "Kalla ut gruppen" with the ×3 rule, and the live roll of a group call-out. */
@Controller
class GroupCalloutController {

    private static final String CALL = Paths.GROUPS + "/{groupId}/kalla-ut";
    private static final String ROLL = Paths.GROUPS + "/{groupId}/utkallningar/{calloutId}";

    private final ResourceGroups groups;
    private final GroupCallouts callouts;
    private final Turnouts turnouts;
    private final Districts districts;
    private final Crises crises;
    private final AuditLog audit;
    private final Clock clock;

    GroupCalloutController(
            ResourceGroups groups,
            GroupCallouts callouts,
            Turnouts turnouts,
            Districts districts,
            Crises crises,
            AuditLog audit,
            Clock clock) {
        this.groups = groups;
        this.callouts = callouts;
        this.turnouts = turnouts;
        this.districts = districts;
        this.crises = crises;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(CALL)
    String form(@PathVariable UUID groupId, Model model) {
        model.addAttribute("form", GroupCalloutForm.startingAt(LocalDate.now(clock), LocalTime.now(clock)));
        return page(groupId, model);
    }

    @PostMapping(CALL)
    String start(
            @PathVariable UUID groupId,
            @Valid @ModelAttribute("form") GroupCalloutForm form,
            BindingResult result,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        groups.get(groupId);
        if (!result.hasFieldErrors("district") && !districts.exists(form.district())) {
            result.rejectValue("district", "resourcegroup.callout.district.required");
        }
        if (!result.hasFieldErrors("to") && form.endsBeforeStart()) {
            result.rejectValue("to", "resourcegroup.callout.to.beforeFrom");
        }
        if (!result.hasFieldErrors("date") && form.date() != null && form.date().isBefore(LocalDate.now(clock))) {
            result.rejectValue("date", "resourcegroup.callout.date.past");
        }
        if (result.hasErrors()) {
            return page(groupId, model);
        }
        var started = callouts.start(groupId, form, form.notEngagedOnly(), principal.getName());
        redirect.addFlashAttribute(
                "flash", started.asked() > 0 ? "resourcegroup.callout.started" : "resourcegroup.callout.nobody");
        redirect.addFlashAttribute("flashCount", started.asked());
        redirect.addFlashAttribute("heldBack", started.heldBack());
        return "redirect:" + Paths.roll(groupId, started.id());
    }

    private String page(UUID groupId, Model model) {
        var group = groups.get(groupId);
        model.addAttribute("group", group);
        model.addAttribute("districts", districts.all());
        model.addAttribute("crisis", crises.current().orElse(null));
        var form = (GroupCalloutForm) model.getAttribute("form");
        var needed = form == null || form.people() == null ? 1 : Math.max(1, Math.min(500, form.people()));
        model.addAttribute("rule", new RuleOfThree(needed, group.members()));
        model.addAttribute("whoOptions", java.util.List.of("ALL", "NOT_ENGAGED"));
        return "resourcegroup/call";
    }

    /** The roll; htmx polls it every 10 seconds and gets only the table. */
    @GetMapping(ROLL)
    String roll(
            @PathVariable UUID groupId,
            @PathVariable UUID calloutId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var group = groups.get(groupId);
        var roll = callouts.roll(groupId, calloutId);
        audit.recordAll(
                AuditAction.VIEW,
                roll.rows().stream()
                        .map(r -> PersonRef.volunteer(r.volunteerId()))
                        .toList(),
                Paths.PURPOSE,
                "call-out roll: name, answer, times");
        model.addAttribute("group", group);
        model.addAttribute("roll", roll);
        model.addAttribute(
                "rule",
                new RuleOfThree(roll.callout().peopleNeeded(), roll.rows().size()));
        model.addAttribute("zone", clock.getZone());
        return htmx != null ? "resourcegroup/roll :: table" : "resourcegroup/roll";
    }

    @PostMapping(ROLL + "/{volunteerId}/pa-vag")
    String onWay(
            @PathVariable UUID groupId,
            @PathVariable UUID calloutId,
            @PathVariable UUID volunteerId,
            RedirectAttributes redirect) {
        return step(groupId, calloutId, volunteerId, Step.ON_WAY, redirect);
    }

    @PostMapping(ROLL + "/{volunteerId}/framme")
    String checkIn(
            @PathVariable UUID groupId,
            @PathVariable UUID calloutId,
            @PathVariable UUID volunteerId,
            RedirectAttributes redirect) {
        return step(groupId, calloutId, volunteerId, Step.CHECK_IN, redirect);
    }

    @PostMapping(ROLL + "/{volunteerId}/klar")
    String checkOut(
            @PathVariable UUID groupId,
            @PathVariable UUID calloutId,
            @PathVariable UUID volunteerId,
            RedirectAttributes redirect) {
        return step(groupId, calloutId, volunteerId, Step.CHECK_OUT, redirect);
    }

    @PostMapping(ROLL + "/avsluta")
    String close(
            @PathVariable UUID groupId,
            @PathVariable UUID calloutId,
            Principal principal,
            RedirectAttributes redirect) {
        callouts.close(groupId, calloutId, principal.getName());
        redirect.addFlashAttribute("flash", "resourcegroup.callout.closed");
        return "redirect:" + Paths.roll(groupId, calloutId);
    }

    private String step(UUID groupId, UUID calloutId, UUID volunteerId, Step step, RedirectAttributes redirect) {
        callouts.get(groupId, calloutId);
        if (turnouts.turnout(calloutId, volunteerId).isEmpty()) {
            throw new NotFoundException("Turnout");
        }
        var done = turnouts.record(calloutId, volunteerId, step);
        audit.record(AuditAction.CHANGE, PersonRef.volunteer(volunteerId), Paths.PURPOSE, "roll: " + step);
        redirect.addFlashAttribute("flash", done ? "resourcegroup.step.recorded" : "resourcegroup.step.notYet");
        return "redirect:" + Paths.roll(groupId, calloutId);
    }
}
