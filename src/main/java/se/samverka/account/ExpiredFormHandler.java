package se.samverka.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A public form sent without a valid CSRF token goes to its own handler, marked {@link ExpiredForm expired}, which
 * shows it again with what was typed; every other refusal is the usual 403. The forward happens inside the CSRF
 * filter's own pass, so the filter does not check the forwarded request again, and the rendered form carries the
 * fresh token the filter has just issued.
 */
class ExpiredFormHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (denied instanceof CsrfException
                && "POST".equals(request.getMethod())
                && ExpiredForm.FORMS.contains(path)
                && request.getAttribute(ExpiredForm.ATTRIBUTE) == null) {
            request.setAttribute(ExpiredForm.ATTRIBUTE, Boolean.TRUE);
            request.getRequestDispatcher(path).forward(request, response);
            return;
        }
        refused.handle(request, response, denied);
    }
}
