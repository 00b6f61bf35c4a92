package se.samverka.crisis;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.effort.UnvettedShifts.Refused;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.PersonIdentity;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * A coordinator gives a spontaneous volunteer a shift, in two steps that work without JavaScript: choose one of the
 * shifts that qualify (no safeguarding level, not full, a vetted volunteer on it), then the vetted partner from that
 * shift's confirmed volunteers. Also takes them off a shift.
 */
@Controller
@RequestMapping(SpontaneousListController.PATH + "/{spontaneousId}/pass")
class SpontaneousTaskController {

    /** The chosen shift and partner, as typed (ids); checked in {@link SpontaneousTasks}. */
    record PairForm(String shift, String partner) {}

    private final SpontaneousTasks tasks;
    private final DataSubjectRights rights;
    private final Districts districts;

    SpontaneousTaskController(SpontaneousTasks tasks, DataSubjectRights rights, Districts districts) {
        this.tasks = tasks;
        this.rights = rights;
        this.districts = districts;
    }

    @GetMapping
    String page(
            @PathVariable("spontaneousId") String id,
            @RequestParam(name = "pass", required = false) String shift,
            Model model) {
        var person = person(id);
        var form = new PairForm(shift, null);
        return show(person, form, new BeanPropertyBindingResult(form, "pairForm"), model);
    }

    @PostMapping
    String pair(
            @PathVariable("spontaneousId") String id,
            @ModelAttribute("pairForm") PairForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var person = person(id);
        var shiftId = uuid(form.shift());
        var partnerId = uuid(form.partner());
        var checked = tasks.checks(person.ref().id()).isPresent();
        if (shiftId == null || tasks.shift(shiftId).isEmpty()) {
            result.rejectValue("shift", "crisis.task.shift.required");
        } else if (partnerId == null && !(checked && "none".equals(form.partner()))) {
            result.rejectValue("partner", "crisis.task.partner.required");
        }
        if (!result.hasErrors()) {
            try {
                tasks.pair(person.ref().id(), shiftId, partnerId, user.username());
                redirect.addFlashAttribute("flash", "crisis.task.done");
                return "redirect:" + SpontaneousListController.PATH;
            } catch (Refused e) {
                switch (e.reason()) {
                    case NO_PARTNER -> result.rejectValue("partner", "crisis.task.refused.NO_PARTNER");
                    default -> result.rejectValue("shift", "crisis.task.refused." + e.reason());
                }
            }
        }
        return show(person, form, result, model);
    }

    @PostMapping("/{shiftId}/ta-bort")
    String remove(
            @PathVariable("spontaneousId") String id,
            @PathVariable("shiftId") String shiftId,
            RedirectAttributes redirect) {
        var person = person(id);
        var shift = uuid(shiftId);
        var removed = shift != null && tasks.remove(person.ref().id(), shift);
        redirect.addFlashAttribute("flash", removed ? "crisis.task.removed" : "crisis.task.notFound");
        return "redirect:" + SpontaneousListController.PATH;
    }

    private String show(PersonIdentity person, PairForm form, BindingResult result, Model model) {
        var chosen = uuid(form.shift());
        model.addAttribute("person", person);
        model.addAttribute("checked", tasks.checks(person.ref().id()).isPresent());
        model.addAttribute("pairForm", form);
        model.addAttribute("org.springframework.validation.BindingResult.pairForm", result);
        model.addAttribute("districtNames", DistrictNames.of(districts));
        var shift = chosen == null ? null : tasks.shift(chosen).orElse(null);
        model.addAttribute("chosen", shift);
        model.addAttribute("shifts", shift == null ? tasks.eligible() : java.util.List.of());
        return "crisis/spontaneous-task";
    }

    private PersonIdentity person(String id) {
        var signupId = uuid(id);
        if (signupId == null) {
            throw new NotFoundException("Spontaneous volunteer");
        }
        return rights.identify(PersonRef.spontaneous(signupId))
                .orElseThrow(() -> new NotFoundException("Spontaneous volunteer"));
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
