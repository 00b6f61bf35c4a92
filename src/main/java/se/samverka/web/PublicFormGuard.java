package se.samverka.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Guards every post anyone can make without logging in, by default: a route Spring Security lets an anonymous
 * visitor post to is counted per client address and per e-mail address or phone number it names, and a filled-in
 * honeypot field is answered as if the form was sent while nothing reaches the application. The few anonymous posts
 * that are no form to fill in are listed in {@link #UNGUARDED}, each with its reason; nothing else is left out, so a
 * new public form is guarded without anyone remembering to. The public forms of {@link #THANKS} are guarded for
 * logged-in people too. Runs after Spring Security (it needs to know who is logged in); the staff login and the
 * login links are limited before it by {@link SignInGuard}.
 */
class PublicFormGuard extends OncePerRequestFilter {

    /** The name of the field people never see and bots fill in. */
    static final String HONEYPOT = "homepage";

    /** The public forms with a thank-you page of their own, where a caught bot is sent. */
    static final Map<String, String> THANKS = Map.of(
            "/be-om-hjalp", "/be-om-hjalp/tack",
            "/bli-volontar", "/bli-volontar/tack",
            "/foreningar/ansok", "/foreningar/ansok/tack",
            "/ideer/ny", "/ideer/tack",
            "/kris/anmal", "/kris/anmal/tack");

    /** The anonymous posts that are not guarded, and why: the explicit opt-out. */
    static final Map<String, String> UNGUARDED = Map.of(
            "/erbjudande/{token}/{answer}", "an answer link: the unguessable token answers one offer",
            "/utskick/svar/{token}/{answer}", "an answer link: the unguessable token answers one call-out ask",
            "/grupp/narvaro/{token}/{step}", "a group member's roll link: the unguessable token times one member",
            "/gallring/stanna/{token}", "a retention question's link: the unguessable token keeps one volunteer",
            "/bli-volontar/bekrafta", "the e-mailed confirmation: the unguessable token confirms one address",
            "/webhooks/sms", "the SMS provider's callback: the shared secret; many replies come from a few addresses");

    /** The fields that name a person to contact, counted per value. */
    private static final String[] CONTACT_FIELDS = {"email", "contactEmail", "phone", "residentPhone", "submitterPhone"
    };

    private static final Logger log = LoggerFactory.getLogger(PublicFormGuard.class);

    private static final List<PathPattern> UNGUARDED_PATTERNS = UNGUARDED.keySet().stream()
            .map(PathPatternParser.defaultInstance::parse)
            .toList();

    private final RateLimitProperties properties;

    private final RateLimiter limiter;

    private final MeterRegistry registry;

    PublicFormGuard(RateLimitProperties properties, RateLimiter limiter, MeterRegistry registry) {
        this.properties = properties;
        this.limiter = limiter;
        this.registry = registry;
    }

    /** Whether the guard leaves this path alone, for the reason in {@link #UNGUARDED}. */
    static boolean unguarded(String path) {
        var container = PathContainer.parsePath(path);
        return UNGUARDED_PATTERNS.stream().anyMatch(pattern -> pattern.matches(container));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || unguarded(RateLimiter.path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = RateLimiter.path(request);
        var thanks = THANKS.get(path);
        if (thanks == null && !anonymous()) {
            chain.doFilter(request, response);
            return;
        }
        var wait = properties.enabled() ? limiter.waitFor(checks(request)) : 0L;
        if (wait > 0) {
            log.info("Too many requests to {}; refused for {} s", path, wait);
            response.setHeader("Retry-After", Long.toString(wait));
            response.sendError(429);
            return;
        }
        var honeypot = request.getParameter(HONEYPOT);
        if (honeypot != null && !honeypot.isBlank()) {
            log.info("A post to {} came with its honeypot filled in; nothing stored", path);
            Counter.builder("samverka.honeypot.caught")
                    .description("Anonymous posts dropped because their honeypot field was filled in")
                    .tag("form", thanks == null ? "other" : path)
                    .register(registry)
                    .increment();
            response.sendRedirect(request.getContextPath() + (thanks == null ? "/" : thanks));
            return;
        }
        chain.doFilter(request, response);
    }

    private List<RateLimiter.Check> checks(HttpServletRequest request) {
        var checks = new ArrayList<RateLimiter.Check>();
        checks.add(new RateLimiter.Check("form-ip:" + request.getRemoteAddr(), properties.formsPerIp()));
        for (var field : CONTACT_FIELDS) {
            RateLimiter.contact(request.getParameter(field))
                    .ifPresent(value ->
                            checks.add(new RateLimiter.Check("form-contact:" + value, properties.formsPerContact())));
        }
        return checks;
    }

    private static boolean anonymous() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }
}
