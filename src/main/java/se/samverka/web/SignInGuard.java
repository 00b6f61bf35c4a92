package se.samverka.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the staff login ({@code POST /login}) and the login-link requests ({@code POST /ott/generate}) per client
 * address and per username or e-mail address, and the staff login's code step ({@code POST /login/kod}) per address. Runs before Spring Security, which handles both itself; too many get
 * 429 with Retry-After and the friendly error page. A NUL byte in these posts (and in a login link's token) is a 400.
 */
class SignInGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    static final String LOGIN = "/login";

    static final String LINKS = "/ott/generate";

    static final String LINK_LOGIN = "/login/ott";

    /** The second step of a staff sign-in (the e-mailed code), and asking for a new code: per address, as logins. */
    static final java.util.Set<String> CODE_STEPS = java.util.Set.of("/login/kod", "/login/kod/ny");

    private final RateLimitProperties properties;

    private final RateLimiter limiter;

    SignInGuard(RateLimitProperties properties, RateLimiter limiter) {
        this.properties = properties;
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = RateLimiter.path(request);
        return !"POST".equals(request.getMethod())
                || !(LOGIN.equals(path) || LINKS.equals(path) || LINK_LOGIN.equals(path) || CODE_STEPS.contains(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = RateLimiter.path(request);
        if (hasNulByte(request)) {
            // Spring Security reads these itself, past the forms' checks: PostgreSQL would refuse the text with a 500
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (LINK_LOGIN.equals(path)) {
            chain.doFilter(request, response);
            return;
        }
        var wait = properties.enabled() ? limiter.waitFor(checks(path, request)) : 0L;
        if (wait > 0) {
            log.info("Too many requests to {}; refused for {} s", path, wait);
            response.setHeader("Retry-After", Long.toString(wait));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasNulByte(HttpServletRequest request) {
        return request.getParameterMap().values().stream()
                .flatMap(java.util.Arrays::stream)
                .anyMatch(value -> value != null && value.indexOf('\0') >= 0);
    }

    private ArrayList<RateLimiter.Check> checks(String path, HttpServletRequest request) {
        var ip = request.getRemoteAddr();
        var checks = new ArrayList<RateLimiter.Check>();
        var username = RateLimiter.contact(request.getParameter("username"));
        if (CODE_STEPS.contains(path)) {
            // the account's own tries are counted in the database (account/SignInCodes); here the client's address
            checks.add(new RateLimiter.Check("login-ip:" + ip, properties.loginsPerIp()));
        } else if (LOGIN.equals(path)) {
            checks.add(new RateLimiter.Check("login-ip:" + ip, properties.loginsPerIp()));
            username.ifPresent(
                    value -> checks.add(new RateLimiter.Check("login-user:" + value, properties.loginsPerUsername())));
        } else {
            checks.add(new RateLimiter.Check("link-ip:" + ip, properties.linksPerIp()));
            username.ifPresent(
                    value -> checks.add(new RateLimiter.Check("link-email:" + value, properties.linksPerEmail())));
        }
        return checks;
    }
}
