package se.samverka.crisis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
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
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.PersonIdentity;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * A coordinator records that staff completed a spontaneous volunteer's checks ("until staff complete their checks",
 * issue 17): from then on they need no partner on a shift. Who and when is stored and audited; it cannot be undone
 * here, and shifts that need a safeguarding level still need the everyday registration and vetting.
 */
@Controller
@RequestMapping(SpontaneousListController.PATH + "/{spontaneousId}/kontroll")
class SpontaneousCheckController {

    /** The box that confirms the checks were done. */
    record CheckForm(
            @NotNull(message = "{crisis.checks.confirm.required}")
            @AssertTrue(message = "{crisis.checks.confirm.required}")
            Boolean confirm) {}

    private final SpontaneousTasks tasks;
    private final DataSubjectRights rights;
    private final Clock clock;

    SpontaneousCheckController(SpontaneousTasks tasks, DataSubjectRights rights, Clock clock) {
        this.tasks = tasks;
        this.rights = rights;
        this.clock = clock;
    }

    @GetMapping
    String page(@PathVariable("spontaneousId") String id, Model model) {
        return show(person(id), new CheckForm(null), model);
    }

    @PostMapping
    String complete(
            @PathVariable("spontaneousId") String id,
            @Valid @ModelAttribute("checkForm") CheckForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var person = person(id);
        if (result.hasErrors()) {
            return show(person, form, model);
        }
        var done = tasks.completeChecks(person.ref().id(), user.username());
        redirect.addFlashAttribute("flash", done ? "crisis.checks.done" : "crisis.checks.already");
        return "redirect:" + SpontaneousListController.PATH;
    }

    private String show(PersonIdentity person, CheckForm form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("checks", tasks.checks(person.ref().id()).orElse(null));
        model.addAttribute("zone", clock.getZone());
        if (!model.containsAttribute("checkForm")) {
            model.addAttribute("checkForm", form);
        }
        return "crisis/spontaneous-checks";
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
