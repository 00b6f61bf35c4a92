package se.samverka.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import se.samverka.web.ApiUserLimit;

/**
 * Reads the credential in {@code Authorization: Bearer}: an organisation's key ({@code samv_}), a staff key
 * ({@code samvs_}) or a staff member's token from the municipality's identity provider (a signed JWT). A credential
 * that is not valid ends the request with 401. The caller is put in the security context for this request only:
 * the API's chain is stateless, so nothing is saved and no session is made.
 */
final class CredentialFilter extends OncePerRequestFilter {

    static final String API_CLIENT = "ROLE_API_CLIENT";

    static final String API_STAFF = "ROLE_API_STAFF";

    private static final Logger log = LoggerFactory.getLogger(CredentialFilter.class);

    private final ApiKeys keys;
    private final StaffApiKeys staffKeys;
    private final StaffBearerTokens tokens;
    private final ApiUserLimit userLimit;

    CredentialFilter(ApiKeys keys, StaffApiKeys staffKeys, StaffBearerTokens tokens, ApiUserLimit userLimit) {
        this.keys = keys;
        this.staffKeys = staffKeys;
        this.tokens = tokens;
        this.userLimit = userLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        var secret = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip()
                : null;
        UsernamePasswordAuthenticationToken authentication = null;
        if (secret != null && secret.startsWith(StaffApiKeys.PREFIX)) {
            authentication = staffKeys
                    .authenticate(secret)
                    .map(staff -> authenticated(staff, List.of(new SimpleGrantedAuthority(API_STAFF))))
                    .orElse(null);
        } else if (secret != null && StaffBearerTokens.looksLikeJwt(secret)) {
            authentication = staffMember(secret, response);
            if (authentication == null) {
                return;
            }
        } else if (secret != null) {
            authentication = keys.authenticate(secret)
                    .map(client -> authenticated(client, List.of(new SimpleGrantedAuthority(API_CLIENT))))
                    .orElse(null);
        }
        if (authentication == null) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ApiProblems.write(
                    response,
                    HttpStatus.UNAUTHORIZED,
                    "The key is unknown or revoked",
                    "https://samverka.se/problem/api-key");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A staff member by the identity provider's token, counted against their own limit; null when the answer (401,
     * 429 or 503) is written. A staff member whose role does not see the overview is known but gets no API role, so
     * the staff routes answer 403.
     */
    private UsernamePasswordAuthenticationToken staffMember(String token, HttpServletResponse response)
            throws IOException {
        StaffBearerTokens.StaffUser user;
        try {
            user = tokens.authenticate(token);
        } catch (StaffBearerTokens.Refused refused) {
            if (refused.status() == HttpStatus.UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            }
            ApiProblems.write(response, refused.status(), refused.getMessage(), refused.type());
            return null;
        }
        var wait = userLimit.secondsToWait(user.toString());
        if (wait > 0) {
            log.info("Too many API requests from one staff member; refused for {} s", wait);
            response.setHeader("Retry-After", Long.toString(wait));
            ApiProblems.write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests: try again after " + wait + " s",
                    "https://samverka.se/problem/rate-limit",
                    Map.of("retryAfter", wait));
            return null;
        }
        log.info("API request by {} ({}) with the identity provider's token", user, user.role());
        List<GrantedAuthority> authorities =
                user.role().seesCollaboration() ? List.of(new SimpleGrantedAuthority(API_STAFF)) : List.of();
        return authenticated(user, authorities);
    }

    private static UsernamePasswordAuthenticationToken authenticated(
            Object principal, List<? extends GrantedAuthority> authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}
