package se.samverka.safeguarding;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/** Coordinators see a volunteer's safeguarding level and checks, and record a check they made. */
@Controller
@RequestMapping("/samordning/volontarer/{id}/kontroller")
class CheckController {

    /** Why a coordinator reads or records a volunteer's checks. */
    static final String PURPOSE = "safeguarding.vetting";

    private final Volunteers volunteers;
    private final Safeguarding safeguarding;
    private final Clock clock;
    private final AuditLog audit;

    CheckController(Volunteers volunteers, Safeguarding safeguarding, Clock clock, AuditLog audit) {
        this.volunteers = volunteers;
        this.safeguarding = safeguarding;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping
    String page(@PathVariable UUID id, Model model) {
        var volunteer = volunteer(id);
        audit.record(AuditAction.VIEW, PersonRef.volunteer(id), PURPOSE, "safeguarding level, checks, pledge");
        return page(model, volunteer, CheckForm.empty(LocalDate.now(clock)));
    }

    @PostMapping
    String record(
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("check") CheckForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var volunteer = volunteer(id);
        if (!result.hasFieldErrors("checkedOn") && form.checkedOn() != null) {
            var problem = form.problemOn(LocalDate.now(clock));
            if (problem != null) {
                result.rejectValue("checkedOn", problem);
            }
        }
        if (result.hasErrors()) {
            return page(model, volunteer, form);
        }
        safeguarding.record(id, form.kind(), user.getUsername(), form.checkedOn(), form.note());
        audit.record(
                AuditAction.CHANGE,
                PersonRef.volunteer(id),
                PURPOSE,
                "check recorded: kind, checked_on"
                        + (form.note() == null || form.note().isBlank() ? "" : ", note"));
        redirect.addFlashAttribute("flash", "safeguarding.checks.recorded");
        return "redirect:/samordning/volontarer/" + id + "/kontroller";
    }

    private VolunteerProfile volunteer(UUID id) {
        return volunteers.find(id).orElseThrow(() -> new NotFoundException("Volunteer"));
    }

    private String page(Model model, VolunteerProfile volunteer, CheckForm form) {
        var now = clock.instant();
        var today = LocalDate.now(clock);
        model.addAttribute("volunteerId", volunteer.id());
        model.addAttribute("volunteerName", volunteer.name());
        model.addAttribute("level", safeguarding.levelOf(volunteer.id(), now));
        var pledged = safeguarding.currentPledgeAcceptedAt(volunteer.id());
        model.addAttribute("pledgeAcceptedAt", pledged == null ? null : pledged.atZone(clock.getZone()));
        model.addAttribute("pledgeVersion", safeguarding.currentPledgeVersion());
        model.addAttribute(
                "checks",
                safeguarding.checksOf(volunteer.id()).stream()
                        .map(c -> new CheckRow(
                                c.kind().messageKey(),
                                c.checkedBy(),
                                c.checkedOn(),
                                c.expiresOn(),
                                c.note(),
                                c.validOn(today)))
                        .toList());
        model.addAttribute(
                "kinds", List.of(CheckKind.values()).stream().map(Enum::name).toList());
        model.addAttribute("check", form);
        return "safeguarding/checks";
    }

    /** One line of the check history as the page shows it. */
    public record CheckRow(
            String kindKey, String checkedBy, LocalDate checkedOn, LocalDate expiresOn, String note, boolean valid) {}
}
