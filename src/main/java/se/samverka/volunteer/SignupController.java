package se.samverka.volunteer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.groups.Default;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.account.ExpiredForm;
import se.samverka.helprequest.HelpRequests;

/** The public sign-up: the form, the honest "thank you" page, and confirming the e-mail address. */
@Controller
@RequestMapping("/bli-volontar")
class SignupController {

    /**
     * The districts of the sign-up just made, for the counts on the thank-you page. A short-lived cookie, not a
     * server session: a sign-up needs no session, and a surge of them must not write one row each.
     */
    static final String SIGNUP_DISTRICTS = "signup_districts";

    private static final Pattern DISTRICT_ID = Pattern.compile("[a-z0-9-]{1,40}");
    private static final int MAX_DISTRICTS = 20;

    /** The {@code via} of a confirmation that came from the SMS'd link. */
    static final String BY_SMS = "sms";

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
            HttpServletRequest request,
            HttpServletResponse response) {
        if (ExpiredForm.isExpired(request)) {
            model.addAttribute(ExpiredForm.MODEL_ATTRIBUTE, true);
            return form(model, form);
        }
        support.checkChoices(form, Set.of(), result);
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
        var cookie = ResponseCookie.from(SIGNUP_DISTRICTS, String.join(".", details.districtIds()))
                .path("/bli-volontar")
                .maxAge(Duration.ofMinutes(10))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return "redirect:/bli-volontar/tack";
    }

    @GetMapping("/tack")
    String thanks(@CookieValue(name = SIGNUP_DISTRICTS, required = false) String signupDistricts, Model model) {
        var districtIds = signupDistricts == null
                ? List.<String>of()
                : Arrays.stream(signupDistricts.split("\\."))
                        .filter(id -> DISTRICT_ID.matcher(id).matches())
                        .distinct()
                        .limit(MAX_DISTRICTS)
                        .toList();
        if (!districtIds.isEmpty()) {
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
        model.addAttribute("bySms", false);
        return "volunteer/confirm";
    }

    /** Confirms; {@code via=sms} when the page came from the SMS'd link, so the next page does not speak of e-mail. */
    @PostMapping("/bekrafta")
    String confirm(@RequestParam(required = false) String token, @RequestParam(required = false) String via) {
        if (!signups.confirm(token)) {
            return "volunteer/confirm-invalid";
        }
        return "redirect:/bli-volontar/bekraftad" + (BY_SMS.equals(via) ? "?via=" + BY_SMS : "");
    }

    @GetMapping("/bekraftad")
    String confirmed(@RequestParam(required = false) String via, Model model) {
        model.addAttribute("bySms", BY_SMS.equals(via));
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
        support.addChoices(model, Set.of());
        return "volunteer/signup";
    }
}
