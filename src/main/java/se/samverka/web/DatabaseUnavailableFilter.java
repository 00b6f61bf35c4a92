package se.samverka.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Answers 503 with {@code Retry-After} and the friendly "tillfälligt fel" page when a request fails because the
 * database cannot be reached, wherever it failed: in a controller, or in a filter before Spring MVC (Spring
 * Session loads the session from the database, Spring Security, the rate limits). It is the outermost filter, so
 * it sees all of them. The page is rendered here, from a template that needs nothing but the message bundles, and
 * the failure is logged in one line without a stack trace. Other errors pass on unchanged.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String TEMPLATE = "web/unavailable";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final Duration retryAfter;

    DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales, Duration retryAfter) {
        this.templates = templates;
        this.locales = locales;
        this.retryAfter = retryAfter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            log.warn(
                    "Database unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    DatabaseUnavailable.describe(e));
            if (!response.isCommitted()) {
                answerUnavailable(request, response);
            }
        }
    }

    private void answerUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var context = new WebContext(exchange, locales.resolveLocale(request));
        context.setVariable("retryAfterSeconds", Math.max(1, retryAfter.toSeconds()));
        templates.process(TEMPLATE, context, response.getWriter());
        response.flushBuffer();
    }
}
