package se.samverka.helprequest;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PhoneNumber;

/**
 * A coordinator takes a request on the phone. The coordinator triages while talking, so the request is
 * OPEN at once. The legal basis is the municipality's public task; only the risk-group answer, health data,
 * needs the resident's consent, which the coordinator asks for and ticks. Saving is audited.
 */
@Controller
@RequestMapping("/samordning/telefon")
class PhoneIntakeController {

    /** The button that saves although the number has an open request. */
    static final String SAME_NUMBER_CONFIRMED = "sammaNummer";

    static final int SAME_NUMBER_SHOWN = 5;

    private final HelpRequests helpRequests;
    private final FormOptions options;
    private final Clock clock;
    private final AuditLog audit;

    PhoneIntakeController(HelpRequests helpRequests, FormOptions options, Clock clock, AuditLog audit) {
        this.helpRequests = helpRequests;
        this.options = options;
        this.clock = clock;
        this.audit = audit;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", HelpRequestForm.phoneDefaults(LocalDate.now(clock)));
        return page(model);
    }

    @PostMapping
    String save(
            @Valid @ModelAttribute("form") HelpRequestForm form,
            BindingResult result,
            @RequestParam(name = SAME_NUMBER_CONFIRMED, required = false) String sameNumberConfirmed,
            Model model,
            Principal coordinator,
            RedirectAttributes redirect) {
        FormRules.check(form, LocalDate.now(clock), options::knownDistrict, result);
        options.checkKind(form.kind(), result);
        if (result.hasErrors()) {
            // the bound form and its errors are in the model already; adding the form again would drop the errors
            return page(model);
        }
        if (sameNumberConfirmed == null) {
            // the same resident calling again about the same thing is common: show their open requests first
            var open = PhoneNumber.ifValid(form.residentPhone())
                    .map(phone -> helpRequests.openWithResidentPhone(phone, SAME_NUMBER_SHOWN))
                    .orElse(List.of());
            if (!open.isEmpty()) {
                model.addAttribute("sameNumber", open);
                return page(model);
            }
        }
        var request =
                helpRequests.submit(form.toNewHelpRequest(Channel.PHONE), coordinator.getName(), form.riskConsented());
        audit.record(
                AuditAction.CHANGE,
                PersonRef.resident(request.id()),
                RequestPageController.PURPOSE,
                "created: " + fieldsOf(form));
        redirect.addFlashAttribute("flash", "helprequest.phone.saved");
        return "redirect:/samordning/arenden/" + request.id();
    }

    /** Which fields were filled in, by name: the audit log never holds their values. */
    private static String fieldsOf(HelpRequestForm form) {
        var fields = new ArrayList<>(List.of(
                "resident_name",
                "resident_phone",
                "street_address",
                "district",
                "kind",
                "description",
                "date",
                "time",
                "payment_method",
                "code_word"));
        if (form.onBehalf()) {
            fields.addAll(List.of("submitter_name", "submitter_phone", "submitter_relation"));
        }
        if (form.answersRiskQuestion()) {
            fields.add(RiskGroups.FIELD);
        }
        return String.join(", ", fields);
    }

    private String page(Model model) {
        options.addTo(model);
        return "helprequest/phone";
    }
}
