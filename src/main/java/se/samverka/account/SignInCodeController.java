package se.samverka.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The second step of a staff sign-in: the code e-mailed after the password. A right code adds Spring Security's
 * {@link FactorGrantedAuthority#OTT_AUTHORITY} to the sign-in, under a new session id, and goes on to the page asked
 * for before (or the start page). Only someone who gave a staff account's password gets here; anyone else is sent to
 * the login page or, when already fully signed in, to the start page.
 */
@Controller
class SignInCodeController {

    private static final Logger log = LoggerFactory.getLogger(SignInCodeController.class);

    private final SignInCodes codes;
    private final CodeAddresses addresses;
    private final SecondFactor secondFactor;
    private final SignInCodeOnPassword onPassword;
    private final SecondFactorProperties properties;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SavedRequestAwareAuthenticationSuccessHandler afterCode =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SignInCodeController(
            SignInCodes codes,
            CodeAddresses addresses,
            SecondFactor secondFactor,
            SignInCodeOnPassword onPassword,
            SecondFactorProperties properties,
            Clock clock) {
        this.codes = codes;
        this.addresses = addresses;
        this.secondFactor = secondFactor;
        this.onPassword = onPassword;
        this.properties = properties;
        this.clock = clock;
        afterCode.setDefaultTargetUrl("/start");
        afterCode.setRequestCache(new CookieRequestCache());
    }

    @GetMapping(SecondFactorStep.CODE_PAGE)
    String page(HttpServletRequest request, Model model) {
        var user = waiting();
        if (user == null) {
            return elsewhere();
        }
        return show(user, SignInCodeForm.empty(), false, request, model);
    }

    @PostMapping(SecondFactorStep.CODE_PAGE)
    String check(
            @ModelAttribute("form") SignInCodeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException, ServletException {
        var user = waiting();
        if (user == null) {
            return elsewhere();
        }
        form.check(result);
        if (!result.hasErrors()) {
            switch (codes.verify(user, form.digits())) {
                case VERIFIED -> {
                    signedIn(request, response);
                    return null;
                }
                case WRONG -> result.rejectValue("code", "login.code.error.wrong");
                case EXPIRED -> result.rejectValue("code", "login.code.error.expired");
                case LOCKED -> result.rejectValue("code", "login.code.error.locked");
                case NONE -> result.rejectValue("code", "login.code.error.none");
            }
        }
        return show(user, form, true, request, model);
    }

    @PostMapping(SecondFactorStep.CODE_PAGE + "/ny")
    String sendAgain(HttpServletRequest request, RedirectAttributes redirect) {
        var user = waiting();
        if (user == null) {
            return elsewhere();
        }
        var issued = codes.send(user, RequestContextUtils.getLocale(request));
        onPassword.remember(request, issued);
        redirect.addFlashAttribute(
                "flash",
                switch (issued.outcome()) {
                    case SENT -> "login.code.flash.sent";
                    case TOO_MANY -> "login.code.flash.tooMany";
                    case NO_ADDRESS -> "login.code.flash.noAddress";
                });
        return "redirect:" + SecondFactorStep.CODE_PAGE;
    }

    private String show(
            SamverkaUser user, SignInCodeForm form, boolean failed, HttpServletRequest request, Model model) {
        var address = addresses.of(user.accountId(), user.username());
        model.addAttribute("form", form);
        model.addAttribute("failed", failed);
        model.addAttribute("digits", SignInCodes.DIGITS);
        model.addAttribute("address", address.map(SignInCodeController::masked).orElse(null));
        model.addAttribute("validityMinutes", properties.codeValidity().toMinutes());
        if (properties.showCodeOnPage()) {
            var session = request.getSession(false);
            model.addAttribute(
                    "demoCode", session == null ? null : session.getAttribute(SignInCodeOnPassword.DEMO_CODE));
        }
        return "account/sign-in-code";
    }

    /** The person between password and code, or null for anyone else. */
    private SamverkaUser waiting() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return secondFactor.missing(authentication)
                        && SecondFactor.hasPassword(authentication)
                        && authentication.getPrincipal() instanceof SamverkaUser user
                ? user
                : null;
    }

    /** Fully signed in already: the start page; anyone else (and a staff sign-in without the password): the login. */
    private String elsewhere() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var signedIn = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && !secondFactor.missing(authentication);
        return signedIn ? "redirect:/start" : "redirect:/login";
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        var before = SecurityContextHolder.getContext().getAuthentication();
        var authorities = new ArrayList<GrantedAuthority>(before.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.OTT_AUTHORITY)
                .issuedAt(clock.instant())
                .build());
        var after = UsernamePasswordAuthenticationToken.authenticated(before.getPrincipal(), null, authorities);
        after.setDetails(before.getDetails());
        // a stronger sign-in gets a new session id, as the password step did
        request.changeSessionId();
        request.getSession().removeAttribute(SignInCodeOnPassword.DEMO_CODE);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(after);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        log.info("Second factor given for account {}", ((SamverkaUser) after.getPrincipal()).accountId());
        afterCode.onAuthenticationSuccess(request, response, after);
    }

    /** Enough of the address for the person to recognise it, not enough to tell a stranger who has the password. */
    static String masked(String address) {
        var at = address.indexOf('@');
        return at <= 0 ? "\u2022\u2022\u2022" : address.charAt(0) + "\u2022\u2022\u2022" + address.substring(at);
    }
}
