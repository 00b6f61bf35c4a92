package se.samverka.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether an address is one of Samverka's pages. An anonymous visitor of a page that needs a login is sent to the
 * login page; an address that is no page at all (a typo, a scanner's /wp-login.php) is answered with 404 and the
 * friendly error page, as it is for those logged in, and is not remembered as the page to return to after login.
 * Static files are all public, so a static-resource mapping does not count as a page.
 */
class KnownPages implements RequestMatcher, AuthenticationEntryPoint {

    private final HandlerMappingIntrospector introspector;

    private final AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");

    KnownPages(HandlerMappingIntrospector introspector) {
        this.introspector = introspector;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (matches(request)) {
            login.commence(request, response, exception);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        var previousPath = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request)
                : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            for (HandlerMapping mapping : introspector.getHandlerMappings()) {
                try {
                    var chain = mapping.getHandler(request);
                    if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                        return true;
                    }
                } catch (Exception ex) {
                    // the path is mapped, but not for this method or these headers (405, 406): a page all the same
                    return true;
                }
            }
            return false;
        } finally {
            if (previousPath != null) {
                ServletRequestPathUtils.setParsedRequestPath(previousPath, request);
            } else {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
