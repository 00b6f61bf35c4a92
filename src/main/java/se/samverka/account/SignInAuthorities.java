package se.samverka.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/** What a sign-in through an OIDC provider ({@link OidcSignIn}) puts in the session: the account and its factors. */
final class SignInAuthorities {

    private SignInAuthorities() {}

    /**
     * The account's roles, and the factors Spring Security counted for this sign-in (a second factor is then a
     * matter of the provider).
     */
    static AbstractAuthenticationToken of(SamverkaUser user, Collection<? extends GrantedAuthority> before) {
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        before.stream()
                .filter(authority -> String.valueOf(authority.getAuthority()).startsWith("FACTOR_"))
                .filter(authority -> !authorities.contains(authority))
                .forEach(authorities::add);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    /**
     * The factors of a sign-in through a provider, with the authorization-code factor recorded even where Spring
     * Security has not added it yet: staff signed in by the municipality's provider are not asked for the e-mailed
     * code (the provider asks for its own second factor; account/SecondFactor).
     */
    static List<GrantedAuthority> withAuthorizationCode(Collection<? extends GrantedAuthority> before) {
        var authorities = new ArrayList<GrantedAuthority>(before);
        if (authorities.stream()
                .noneMatch(a -> FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY.equals(a.getAuthority()))) {
            authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
        }
        return authorities;
    }
}
