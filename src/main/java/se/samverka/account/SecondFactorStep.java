package se.samverka.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * A staff member refused only for the missing second factor is sent to the code page, the page they asked for kept
 * for after the code (as Spring Security's own handler for a missing factor does); any other refusal goes on to the
 * chain's usual handler.
 */
class SecondFactorStep implements AccessDeniedHandler {

    static final String CODE_PAGE = "/login/kod";

    private final SecondFactor secondFactor;
    private final AccessDeniedHandler otherwise;
    private final RequestCache requestCache;

    SecondFactorStep(SecondFactor secondFactor, AccessDeniedHandler otherwise, RequestCache requestCache) {
        this.secondFactor = secondFactor;
        this.otherwise = otherwise;
        this.requestCache = requestCache;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (secondFactor.missing(SecurityContextHolder.getContext().getAuthentication())) {
            requestCache.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        }
        otherwise.handle(request, response, denied);
    }
}
