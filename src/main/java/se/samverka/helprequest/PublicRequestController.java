package se.samverka.helprequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.ExpiredForm;

/**
 * The public form where residents, or someone on their behalf, ask for help without logging in. The receipt
 * gets the request number through a flash attribute, so no personal data ever appears in an address.
 */
@Controller
@RequestMapping("/be-om-hjalp")
class PublicRequestController {

    static final String ACTOR = "web";

    private final HelpRequests helpRequests;
    private final FormOptions options;
    private final Clock clock;

    PublicRequestController(HelpRequests helpRequests, FormOptions options, Clock clock) {
        this.helpRequests = helpRequests;
        this.options = options;
        this.clock = clock;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", HelpRequestForm.empty());
        return page(model);
    }

    @PostMapping
    String submit(
            @Valid @ModelAttribute("form") HelpRequestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest servletRequest) {
        if (ExpiredForm.isExpired(servletRequest)) {
            model.addAttribute(ExpiredForm.MODEL_ATTRIBUTE, true);
            return page(model);
        }
        FormRules.check(form, LocalDate.now(clock), options::knownDistrict, result);
        options.checkKind(form.kind(), result);
        if (!form.consented()) {
            result.rejectValue("consent", "helprequest.consent.required");
        }
        if (result.hasErrors()) {
            // the bound form and its errors are in the model already; adding the form again would drop the errors
            return page(model);
        }
        var request = helpRequests.submit(form.toNewHelpRequest(Channel.WEB), ACTOR, form.riskConsented());
        redirect.addFlashAttribute("requestNumber", request.number());
        return "redirect:/be-om-hjalp/tack";
    }

    @GetMapping("/tack")
    String thanks() {
        return "helprequest/thanks";
    }

    private String page(Model model) {
        options.addTo(model);
        return "helprequest/form";
    }
}
