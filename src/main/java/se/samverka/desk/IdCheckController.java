package se.samverka.desk;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.PersonRef;

/**
 * Identity checks for many volunteers at once, as made at an onboarding meeting: the register's selection comes
 * to a confirmation page that names everyone, and only its confirmation records a check for each (through
 * safeguarding, which leaves out whoever already has a valid one, so sending twice records nothing twice).
 */
@Controller
class IdCheckController {

    static final String PATH = RegisterFilter.PATH + "/id-kontroll";

    /** The purpose safeguarding's own check page records under. */
    static final String PURPOSE = "safeguarding.vetting";

    private final VolunteerRegister register;
    private final Safeguarding safeguarding;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    IdCheckController(
            VolunteerRegister register,
            Safeguarding safeguarding,
            AuditLog audit,
            MessageSource messages,
            Clock clock) {
        this.register = register;
        this.safeguarding = safeguarding;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The selection from the register: shows whom it concerns and asks for the day and the document. */
    @PostMapping(PATH)
    String confirm(
            @ModelAttribute("idCheck") IdCheckForm form,
            BindingResult ignored,
            Model model,
            RedirectAttributes redirect) {
        var ids = RegisterController.parseIds(form.ids());
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("flash", "desk.idcheck.noneSelected");
            return "redirect:" + form.safeBack();
        }
        var prefilled = new IdCheckForm(
                List.copyOf(ids.stream().map(Object::toString).toList()),
                form.checkedOn() == null ? LocalDate.now(clock) : form.checkedOn(),
                form.method(),
                form.safeBack());
        model.addAttribute("idCheck", prefilled);
        return page(prefilled, model);
    }

    @PostMapping(PATH + "/bekrafta")
    String record(
            @Valid @ModelAttribute("idCheck") IdCheckForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var ids = RegisterController.parseIds(form.ids());
        if (ids.isEmpty()) {
            redirect.addFlashAttribute("flash", "desk.idcheck.noneSelected");
            return "redirect:" + form.safeBack();
        }
        if (!result.hasFieldErrors("checkedOn") && form.checkedOn() != null) {
            var problem = form.problemOn(LocalDate.now(clock));
            if (problem != null) {
                result.rejectValue("checkedOn", problem);
            }
        }
        if (result.hasErrors()) {
            return page(form, model);
        }
        var note = messages.getMessage(
                "desk.idcheck.note", new Object[] {text(form.method().messageKey())}, Locale.forLanguageTag("sv"));
        var recorded = safeguarding.recordIdChecks(ids, user.getUsername(), form.checkedOn(), note);
        audit.recordAll(
                AuditAction.CHANGE,
                recorded.stream().map(PersonRef::volunteer).toList(),
                PURPOSE,
                "check recorded: kind, checked_on, note (onboarding meeting)");
        redirect.addFlashAttribute("flash", "desk.idcheck.recorded");
        redirect.addFlashAttribute("flashCount", recorded.size());
        redirect.addFlashAttribute("idChecksSkipped", ids.size() - recorded.size());
        return "redirect:" + form.safeBack();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.forLanguageTag("sv"));
    }

    private String page(IdCheckForm form, Model model) {
        var rows = register.selected(RegisterController.parseIds(form.ids()));
        model.addAttribute("selected", rows);
        model.addAttribute("methods", List.of(IdMethod.values()));
        model.addAttribute("today", LocalDate.now(clock));
        return "desk/id-check";
    }
}
