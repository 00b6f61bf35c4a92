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
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.Language;
import se.samverka.shared.NotFoundException;

/**
 * Adding shifts to an effort in the workspace. The roster of a shift is {@link RosterController}'s, its call-out
 * {@link ShiftCalloutController}'s, changing it {@link ShiftEditController}'s.
 */
@Controller
@RequestMapping({EffortPaths.MUNICIPAL + "/{id}/pass", "/forening/{orgId}/insatser/{id}/pass"})
class ShiftWorkspaceController {

    private final Workspace workspace;
    private final Efforts efforts;
    private final Districts districts;
    private final HelpKinds kinds;
    private final Clock clock;

    ShiftWorkspaceController(Workspace workspace, Efforts efforts, Districts districts, HelpKinds kinds, Clock clock) {
        this.workspace = workspace;
        this.efforts = efforts;
        this.districts = districts;
        this.kinds = kinds;
        this.clock = clock;
    }

    @GetMapping("/ny")
    String newForm(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var scope = workspace.scope(orgId, user);
        workspace.mayCreate(scope);
        var effort = open(scope, id);
        var date = effort.periodStart().isAfter(efforts.today())
                ? effort.periodStart()
                : efforts.today().plusDays(1);
        return form(
                model,
                scope,
                effort,
                ShiftForm.empty(
                        date,
                        effort.districtIds().isEmpty()
                                ? ""
                                : effort.districtIds().get(0)));
    }

    @PostMapping("/ny")
    String create(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("form") ShiftForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        workspace.mayCreate(scope);
        var effort = open(scope, id);
        if (result.getTarget() != null) {
            form.check(
                    result,
                    clock.instant(),
                    clock.getZone(),
                    effort,
                    districts::exists,
                    kinds::isActive,
                    (place, date, from, to) -> efforts.overlaps(id, place, date, from, to));
        }
        if (result.hasErrors()) {
            return form(model, scope, effort, form);
        }
        var created = efforts.addShifts(form.toShift(id), form.repeat());
        redirect.addFlashAttribute("flash", "effort.flash.shiftsAdded");
        redirect.addFlashAttribute("flashCount", created.size());
        return "redirect:" + scope.base() + "/" + id;
    }

    /** The effort, while it is not closed: a closed effort takes no new shifts. */
    private Effort open(Workspace.Scope scope, UUID id) {
        var effort = workspace.effort(scope, id);
        if (effort.isClosed()) {
            throw new NotFoundException("Effort");
        }
        return effort;
    }

    private String form(Model model, Workspace.Scope scope, Effort effort, ShiftForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("base", scope.base());
        model.addAttribute("effort", effort);
        model.addAttribute("allDistricts", districts.all());
        // every kind offered now, in the administrator's order (no longer only the errand kinds)
        model.addAttribute("kindOptions", kinds.active());
        model.addAttribute("safeguardingLevels", ShiftForm.SAFEGUARDING_LEVELS);
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("modes", SignupMode.values());
        return "effort/shift-form";
    }
}
