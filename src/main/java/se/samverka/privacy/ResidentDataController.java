package se.samverka.privacy;

import jakarta.validation.Valid;
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
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * A coordinator handles a resident's request for access or erasure, from the help request page: a printable
 * extract of everything held about the resident (their requests by series and phone number), and erasure with
 * confirmation. Residents have no login, so staff act on their behalf.
 */
@Controller
@RequestMapping("/samordning/arenden/{id}")
class ResidentDataController {

    private final DataSubjectRights rights;
    private final AuditLog audit;

    ResidentDataController(DataSubjectRights rights, AuditLog audit) {
        this.rights = rights;
        this.audit = audit;
    }

    @GetMapping("/uppgifter")
    String extract(@PathVariable String id, Model model) {
        var resident = resident(id);
        audit.record(AuditAction.EXPORT, resident.ref(), "request.data-subject-access", "extract for the resident");
        model.addAttribute("requestId", resident.ref().id());
        model.addAttribute("sections", rights.export(resident));
        return "privacy/resident-extract";
    }

    @GetMapping("/radera")
    String erasePage(@PathVariable String id, Model model) {
        var resident = resident(id);
        model.addAttribute("requestId", resident.ref().id());
        model.addAttribute("eraseForm", new EraseForm(null));
        return "privacy/resident-erase";
    }

    @PostMapping("/radera")
    String erase(
            @PathVariable String id,
            @Valid @ModelAttribute("eraseForm") EraseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var resident = resident(id);
        if (result.hasErrors()) {
            model.addAttribute("requestId", resident.ref().id());
            return "privacy/resident-erase";
        }
        rights.erase(resident, "request.data-subject", false);
        redirect.addFlashAttribute("flash", "privacy.resident.erased");
        return "redirect:/samordning/arenden/" + resident.ref().id();
    }

    private PersonIdentity resident(String id) {
        UUID requestId;
        try {
            requestId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Help request");
        }
        return rights.identify(PersonRef.resident(requestId)).orElseThrow(() -> new NotFoundException("Help request"));
    }
}
