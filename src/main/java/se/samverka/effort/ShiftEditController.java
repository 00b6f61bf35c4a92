package se.samverka.effort;

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
import se.samverka.shared.NotFoundException;

/**
 * Changing a shift's time, place and size, by the association or the department that owns the effort. A shift that
 * is cancelled or has started cannot be changed (404, as for someone else's shift).
 */
@Controller
@RequestMapping({
    EffortPaths.MUNICIPAL + "/{id}/pass/{shiftId}/andra",
    "/forening/{orgId}/insatser/{id}/pass/{shiftId}/andra"
})
class ShiftEditController {

    private final Workspace workspace;
    private final Efforts efforts;
    private final ShiftChanges changes;
    private final Clock clock;

    ShiftEditController(Workspace workspace, Efforts efforts, ShiftChanges changes, Clock clock) {
        this.workspace = workspace;
        this.efforts = efforts;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping
    String form(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @PathVariable UUID shiftId,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var scope = workspace.scope(orgId, user);
        var effort = workspace.effort(scope, id);
        var shift = changeable(effort, shiftId);
        return page(model, scope, effort, shift, ShiftEditForm.of(shift));
    }

    @PostMapping
    String save(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @PathVariable UUID shiftId,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("form") ShiftEditForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        var effort = workspace.effort(scope, id);
        var shift = changeable(effort, shiftId);
        if (result.getTarget() != null) {
            form.check(
                    result,
                    clock.instant(),
                    clock.getZone(),
                    effort,
                    shift,
                    (place, date, from, to) -> changes.overlapsOther(id, shiftId, place, date, from, to));
        }
        if (!result.hasErrors()) {
            try {
                var told = changes.change(
                        shiftId, form.date(), form.timeFrom(), form.timeTo(), form.place(), form.min(), form.max());
                redirect.addFlashAttribute("flash", "effort.flash.shiftChanged");
                redirect.addFlashAttribute("flashCount", told);
                return "redirect:" + scope.base() + "/" + id + "/pass/" + shiftId;
            } catch (ShiftChanges.BelowConfirmed e) {
                // someone signed up between the check and the change
                result.rejectValue(
                        "maxVolunteers",
                        "effort.shift.max.belowConfirmed",
                        new Object[] {efforts.shift(shiftId).orElseThrow().confirmed()},
                        null);
            }
        }
        return page(model, scope, effort, shift, form);
    }

    private Shift changeable(Effort effort, UUID shiftId) {
        var shift = workspace.shift(effort, shiftId);
        if (shift.cancelled() || efforts.started(shift) || effort.isClosed()) {
            throw new NotFoundException("Shift");
        }
        return shift;
    }

    private String page(Model model, Workspace.Scope scope, Effort effort, Shift shift, ShiftEditForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("base", scope.base());
        model.addAttribute("effort", effort);
        model.addAttribute("shift", shift);
        return "effort/shift-edit";
    }
}
