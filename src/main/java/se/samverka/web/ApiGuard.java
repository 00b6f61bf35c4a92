package se.samverka.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the REST API under /api: a request with a key counts against that key (by its SHA-256, never the key),
 * one without against its address. Runs before Spring Security, so that guessing keys is limited too. A refusal is
 * a 429 problem detail with Retry-After.
 */
class ApiGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiGuard.class);

    private final ApiRateLimitProperties properties;

    private final RateLimiter limiter;

    ApiGuard(ApiRateLimitProperties properties, RateLimiter limiter) {
        this.properties = properties;
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !RateLimiter.path(request).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authorization = request.getHeader("Authorization");
        var check = authorization == null || authorization.isBlank()
                ? new RateLimiter.Check("api-ip:" + request.getRemoteAddr(), properties.perClient())
                : new RateLimiter.Check("api-key:" + sha256(authorization.strip()), properties.perKey());
        var wait = limiter.waitFor(List.of(check));
        if (wait > 0) {
            log.info("Too many API requests from one client; refused for {} s", wait);
            response.setHeader("Retry-After", Long.toString(wait));
            response.setStatus(429);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"https://samverka.se/problem/rate-limit\",\"title\":\"Too Many Requests\","
                            + "\"status\":429,\"detail\":\"Too many requests: try again after " + wait
                            + " s\",\"retryAfter\":" + wait + "}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
