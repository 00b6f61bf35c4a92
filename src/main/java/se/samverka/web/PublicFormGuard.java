package se.samverka.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the posts anyone can make: the three public forms, the staff login and the login-link requests.
 * Too many requests from one address, or naming one e-mail address, username or phone number, get 429 with
 * Retry-After and the friendly error page. A filled-in honeypot field on a public form is answered as if the
 * form was sent, but nothing reaches the application.
 */
class PublicFormGuard extends OncePerRequestFilter {

    /** The name of the field people never see and bots fill in. */
    static final String HONEYPOT = "homepage";

    private static final Logger log = LoggerFactory.getLogger(PublicFormGuard.class);

    /** Each public form and the page its senders see afterwards. */
    private static final Map<String, String> FORMS = Map.of(
            "/be-om-hjalp",
            "/be-om-hjalp/tack",
            "/bli-volontar",
            "/bli-volontar/tack",
            "/foreningar/ansok",
            "/foreningar/ansok/tack");

    private static final String LOGIN = "/login";

    private static final String LINKS = "/ott/generate";

    private final RateLimitProperties properties;

    private final RateLimitBuckets buckets;

    private final MeterRegistry registry;

    PublicFormGuard(RateLimitProperties properties, RateLimitBuckets buckets, MeterRegistry registry) {
        this.properties = properties;
        this.buckets = buckets;
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        var path = path(request);
        return !FORMS.containsKey(path) && !LOGIN.equals(path) && !LINKS.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = path(request);
        var wait = properties.enabled() ? waitFor(path, request) : 0L;
        if (wait > 0) {
            log.info("Too many requests to {}; refused for {} s", path, wait);
            response.setHeader("Retry-After", Long.toString(wait));
            response.sendError(429);
            return;
        }
        var thanks = FORMS.get(path);
        if (thanks != null && !blank(request.getParameter(HONEYPOT))) {
            log.info("A public form at {} came with its honeypot filled in; nothing stored", path);
            response.sendRedirect(request.getContextPath() + thanks);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Seconds to wait before this request would be allowed, or 0 when it is allowed now. */
    private long waitFor(String path, HttpServletRequest request) {
        var ip = request.getRemoteAddr();
        var checks = new ArrayList<Check>();
        if (FORMS.containsKey(path)) {
            checks.add(new Check("form-ip:" + ip, properties.formsPerIp()));
            for (var field : new String[] {"email", "contactEmail", "phone", "residentPhone", "submitterPhone"}) {
                contact(request.getParameter(field))
                        .ifPresent(
                                value -> checks.add(new Check("form-contact:" + value, properties.formsPerContact())));
            }
        } else if (LOGIN.equals(path)) {
            checks.add(new Check("login-ip:" + ip, properties.loginsPerIp()));
            contact(request.getParameter("username"))
                    .ifPresent(value -> checks.add(new Check("login-user:" + value, properties.loginsPerUsername())));
        } else {
            checks.add(new Check("link-ip:" + ip, properties.linksPerIp()));
            contact(request.getParameter("username"))
                    .ifPresent(value -> checks.add(new Check("link-email:" + value, properties.linksPerEmail())));
        }
        long wait = 0;
        for (var check : checks) {
            var probe = buckets.tryConsume(check.key(), check.limit());
            if (!probe.isConsumed()) {
                wait = Math.max(wait, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1));
                refused(check.key());
            }
        }
        return wait;
    }

    /** Counted by kind of limit (the part of the key before the colon), never by client. */
    private void refused(String key) {
        Counter.builder("samverka.ratelimit.refused")
                .description("Requests refused by a rate limit")
                .tag("limit", key.substring(0, key.indexOf(':')))
                .register(registry)
                .increment();
    }

    /** The same address or number written differently counts as one: case and everything but digits ignored. */
    private static Optional<String> contact(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        var trimmed = value.trim().toLowerCase(Locale.ROOT);
        if (trimmed.contains("@")) {
            return Optional.of(trimmed);
        }
        var digits = trimmed.replaceAll("[^0-9]", "");
        if (digits.startsWith("46")) {
            digits = digits.substring(2);
        }
        if (digits.startsWith("0")) {
            digits = digits.substring(1);
        }
        return digits.length() >= 5 ? Optional.of("tel:" + digits) : Optional.of(trimmed);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String path(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private record Check(String key, RateLimitProperties.Limit limit) {}
}
