package se.samverka.volunteer;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.helprequest.HelpRequests;

/** The public sign-up: the form, the honest "thank you" page, and confirming the e-mail address. */
@Controller
@RequestMapping("/bli-volontar")
class SignupController {

    /** The districts of the last sign-up in this session, for the counts on the thank-you page. */
    static final String SIGNUP_DISTRICTS = "volunteer.signupDistricts";

    private final Signups signups;
    private final VolunteerFormSupport support;
    private final HelpRequests helpRequests;
    private final Volunteers volunteers;

    SignupController(Signups signups, VolunteerFormSupport support, HelpRequests helpRequests, Volunteers volunteers) {
        this.signups = signups;
        this.support = support;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
    }

    @GetMapping
    String form(Model model) {
        return form(model, VolunteerForm.empty());
    }

    @PostMapping
    String signUp(
            @Validated({Default.class, VolunteerForm.Signup.class}) @ModelAttribute("volunteer") VolunteerForm form,
            BindingResult result,
            Model model,
            Locale locale,
            HttpSession session) {
        support.checkChoices(form, result);
        if (result.hasErrors()) {
            return form(model, form);
        }
        var details = form.details();
        var formId = form.signupFormId();
        try {
            signups.signUp(details, formId, locale);
        } catch (DuplicateKeyException e) {
            // the same address signed up at the same moment (a double click): the database let one through
            signups.signupRepeated(details.email(), formId);
        }
        // a new volunteer and a known address see the very same page
        session.setAttribute(SIGNUP_DISTRICTS, new ArrayList<>(details.districtIds()));
        return "redirect:/bli-volontar/tack";
    }

    @GetMapping("/tack")
    String thanks(HttpSession session, Model model) {
        if (session.getAttribute(SIGNUP_DISTRICTS) instanceof List<?> ids && !ids.isEmpty()) {
            var districtIds = ids.stream().map(String::valueOf).toList();
            model.addAttribute("waiting", helpRequests.countWaitingIn(districtIds));
            model.addAttribute("volunteersThere", volunteers.countIn(districtIds));
        }
        return "volunteer/thanks";
    }

    /** The page the e-mailed link opens: a button, so that mail scanners following links confirm nothing. */
    @GetMapping("/bekrafta")
    String confirmPage(@RequestParam(required = false) String token, Model model) {
        if (!signups.isPending(token)) {
            return "volunteer/confirm-invalid";
        }
        model.addAttribute("token", token);
        return "volunteer/confirm";
    }

    @PostMapping("/bekrafta")
    String confirm(@RequestParam(required = false) String token) {
        return signups.confirm(token) ? "redirect:/bli-volontar/bekraftad" : "volunteer/confirm-invalid";
    }

    @GetMapping("/bekraftad")
    String confirmed() {
        return "volunteer/confirmed";
    }

    @GetMapping("/hej-da")
    String goodbye() {
        return "volunteer/goodbye";
    }

    private String form(Model model, VolunteerForm form) {
        // replacing the bound form would drop its errors
        if (!model.containsAttribute("volunteer")) {
            model.addAttribute("volunteer", form);
        }
        support.addChoices(model);
        return "volunteer/signup";
    }
}
