package se.samverka.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.municipality.MunicipalIdentities;
import se.samverka.municipality.MunicipalIdentity;

/** Model values every page's layout needs. */
@ControllerAdvice
class PageModel {

    private final MunicipalIdentities municipality;

    PageModel(MunicipalIdentities municipality) {
        this.municipality = municipality;
    }

    /** Who runs the service and how to reach them, for the header and the footer. */
    @ModelAttribute("municipality")
    MunicipalIdentity municipality() {
        return municipality.current();
    }

    /** Who looks at the page, for the menu. */
    @ModelAttribute("viewer")
    Viewer viewer() {
        return Viewer.of(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * For a signed-in person, how many seconds without a request end the session: the layout warns five minutes
     * before (WCAG 2.2.1). Null for everyone else, who has no session to lose.
     */
    @ModelAttribute("sessionSeconds")
    Integer sessionSeconds(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !viewer().loggedIn()) {
            return null;
        }
        return session.getMaxInactiveInterval();
    }

    /** The current page's address with the other language, for the switch in the header. */
    @ModelAttribute("switchLanguageUrl")
    String switchLanguageUrl(HttpServletRequest request, Locale locale) {
        var other = "en".equals(locale.getLanguage()) ? "sv" : "en";
        var method = request.getMethod();
        // after a POST the form's address may not answer GET: fall back to the path alone
        var builder = UriComponentsBuilder.fromPath(request.getRequestURI());
        if ("GET".equals(method) && request.getQueryString() != null) {
            builder.query(request.getQueryString());
        }
        return builder.replaceQueryParam("lang", other).build().encode().toUriString();
    }
}
