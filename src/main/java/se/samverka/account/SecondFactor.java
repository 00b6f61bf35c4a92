package se.samverka.account;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * What a staff member needs besides their role (issue 14, point 3): someone whose authorities include a staff role and
 * who signed in with Samverka's own password also needs the code e-mailed to them, Spring Security's factors
 * {@link FactorGrantedAuthority#PASSWORD_AUTHORITY} and {@link FactorGrantedAuthority#OTT_AUTHORITY} together. It is
 * added to every rule but {@code permitAll} (see {@link SecondFactorConfig}), so a staff member with only the password
 * reaches public pages and the code page, nothing else. Fails closed: a staff authentication without the factors (an
 * old session, a remember-me token) is refused too. Volunteers and associations' representatives (one-time links) are
 * not asked; nor is a sign-in through the municipality's identity provider
 * ({@link FactorGrantedAuthority#AUTHORIZATION_CODE_AUTHORITY}), which asks for its own second factor.
 */
@Component
class SecondFactor implements AuthorizationManager<RequestAuthorizationContext> {

    static final Set<String> STAFF_ROLES = Arrays.stream(Role.values())
            .filter(Role::isStaff)
            .map(role -> "ROLE_" + role.name())
            .collect(Collectors.toUnmodifiableSet());

    private static final AuthorizationDecision NOT_ASKED = new AuthorizationDecision(true);

    private final boolean required;

    private final AllRequiredFactorsAuthorizationManager<RequestAuthorizationContext> factors =
            AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
                    .requireFactor(factor -> factor.passwordAuthority())
                    .requireFactor(factor -> factor.ottAuthority())
                    .build();

    SecondFactor(SecondFactorProperties properties) {
        this.required = properties.required();
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        var current = authentication.get();
        return asked(current) ? factors.authorize(() -> current, context) : NOT_ASKED;
    }

    /** Whether this person still has to give the e-mailed code before they see anything but public pages. */
    boolean missing(Authentication authentication) {
        return asked(authentication)
                && !factors.authorize(() -> authentication, null).isGranted();
    }

    /** Whether the second factor is asked of this person at all. */
    boolean asked(Authentication authentication) {
        if (!required
                || authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return false;
        }
        var authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return authorities.stream().anyMatch(STAFF_ROLES::contains)
                && !authorities.contains(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
    }

    /** Whether this person signed in with their password (the first factor), so the code step can follow. */
    static boolean hasPassword(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(a.getAuthority()));
    }
}
