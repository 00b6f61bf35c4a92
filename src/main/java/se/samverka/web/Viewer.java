package se.samverka.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who looks at the page, for the menu: read once per request. Thymeleaf's {@code sec:authorize} parsed and
 * evaluated a security expression (and looked up the expression handler) for each of the layout's eight menu
 * blocks, about a quarter of the time of the home page under load (docs/performance.md).
 */
public record Viewer(boolean loggedIn, Set<String> roles) {

    static final Viewer ANONYMOUS = new Viewer(false, Set.of());

    static Viewer of(Authentication authentication) {
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        return new Viewer(
                true,
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(authority -> authority.startsWith("ROLE_"))
                        .map(authority -> authority.substring(5))
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether the viewer has one of these roles (without the ROLE_ prefix), as {@code hasAnyRole}. */
    public boolean has(String... anyOf) {
        for (var role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
