package se.samverka.account;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.samverka.shared.LoginName;

/**
 * The staff login form, with the same password-hash work for every attempt: whether the name belongs to nobody, to a
 * volunteer or representative (who have no password), to a disabled account or to an enabled staff member, the
 * encoder checks the typed password exactly once, against the account's hash or against a dummy hash of the same
 * cost. Spring Security's own provider skips that work for accounts without a password and for disabled ones, so
 * that the time of the answer told who is a volunteer (issue 14). Whether an account is disabled is only said to
 * someone who knew its password.
 */
class PasswordLogin implements AuthenticationProvider {

    private final Function<String, Optional<SamverkaUser>> accounts;

    private final PasswordEncoder encoder;

    private final String dummyHash;

    PasswordLogin(Function<String, Optional<SamverkaUser>> accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
        // a hash like every stored one (same algorithm, same cost) of a password nobody knows
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var typed = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        var account = accounts.apply(LoginName.normalise(String.valueOf(authentication.getName())));
        var stored = account.map(SamverkaUser::passwordHash).filter(hash -> !hash.isBlank());
        var matches = encoder.matches(typed, stored.orElse(dummyHash));
        if (!matches || stored.isEmpty()) {
            throw new BadCredentialsException("Bad credentials");
        }
        var user = account.get();
        if (!user.isEnabled()) {
            throw new DisabledException("Account disabled");
        }
        // the first factor, as Spring Security's own password provider records it (the second is the e-mailed code)
        var authorities =
                new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
