package se.samverka.crisis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.PersonIdentity;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * A coordinator handles a spontaneous volunteer's request for access or erasure from the surge register (they have
 * no login): a printable extract of everything held about them, by sign-up and by number, and erasure after a
 * confirmation. Both are written to the audit log.
 */
@Controller
@RequestMapping(SpontaneousListController.PATH + "/{spontaneousId}")
class SpontaneousDataController {

    /** The box that confirms an erasure: nothing is erased without it. */
    record EraseForm(
            @NotNull(message = "{crisis.erase.confirm.required}")
            @AssertTrue(message = "{crisis.erase.confirm.required}")
            Boolean confirm) {}

    private final DataSubjectRights rights;
    private final AuditLog audit;

    SpontaneousDataController(DataSubjectRights rights, AuditLog audit) {
        this.rights = rights;
        this.audit = audit;
    }

    @GetMapping("/uppgifter")
    String extract(@PathVariable("spontaneousId") String id, Model model) {
        var person = person(id);
        audit.record(AuditAction.EXPORT, person.ref(), "spontaneous.data-subject-access", "extract for the person");
        model.addAttribute("person", person);
        model.addAttribute("sections", rights.export(person));
        return "crisis/spontaneous-extract";
    }

    @GetMapping("/radera")
    String erasePage(@PathVariable("spontaneousId") String id, Model model) {
        model.addAttribute("person", person(id));
        model.addAttribute("eraseForm", new EraseForm(null));
        return "crisis/spontaneous-erase";
    }

    @PostMapping("/radera")
    String erase(
            @PathVariable("spontaneousId") String id,
            @Valid @ModelAttribute("eraseForm") EraseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var person = person(id);
        if (result.hasErrors()) {
            model.addAttribute("person", person);
            return "crisis/spontaneous-erase";
        }
        rights.erase(person, "request.data-subject", false);
        redirect.addFlashAttribute("flash", "crisis.erase.done");
        return "redirect:" + SpontaneousListController.PATH;
    }

    private PersonIdentity person(String id) {
        UUID signupId;
        try {
            signupId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Spontaneous volunteer");
        }
        return rights.identify(PersonRef.spontaneous(signupId))
                .orElseThrow(() -> new NotFoundException("Spontaneous volunteer"));
    }
}
