package se.samverka.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The right password of a staff member sends the code of the second factor at once, in the language of the page they
 * signed in on, so it is on its way while the browser goes to the code page.
 */
@Component
class SignInCodeOnPassword {

    /** The demo's page shows the code (the demo sends no e-mail): kept in the session for that page only. */
    static final String DEMO_CODE = SignInCodeOnPassword.class.getName() + ".DEMO_CODE";

    private static final Logger log = LoggerFactory.getLogger(SignInCodeOnPassword.class);

    private final SignInCodes codes;
    private final SecondFactor secondFactor;
    private final SecondFactorProperties properties;
    private final LocaleResolver localeResolver;

    SignInCodeOnPassword(
            SignInCodes codes,
            SecondFactor secondFactor,
            SecondFactorProperties properties,
            LocaleResolver localeResolver) {
        this.codes = codes;
        this.secondFactor = secondFactor;
        this.properties = properties;
        this.localeResolver = localeResolver;
        if (properties.showCodeOnPage()) {
            log.warn("Sign-in codes are shown on the code page (samverka.account.second-factor.show-code-on-page):"
                    + " for the demo only, never in production");
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        if (!(authentication.getPrincipal() instanceof SamverkaUser user)
                || !SecondFactor.hasPassword(authentication)
                || !secondFactor.missing(authentication)) {
            return;
        }
        var request = currentRequest();
        var locale = request == null ? Locale.forLanguageTag("sv") : localeResolver.resolveLocale(request);
        try {
            var issued = codes.send(user, locale);
            log.info("Second factor for account {}: {}", user.accountId(), issued.outcome());
            remember(request, issued);
        } catch (RuntimeException e) {
            // the password was right: the code page offers "send a new code"
            log.warn("No sign-in code sent to account {}: {}", user.accountId(), e.toString());
        }
    }

    /** The demo only: what the code page shows instead of an e-mail. */
    void remember(HttpServletRequest request, SignInCodes.Issued issued) {
        if (properties.showCodeOnPage() && request != null && issued.code() != null) {
            request.getSession().setAttribute(DEMO_CODE, issued.code());
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
