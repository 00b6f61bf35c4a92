package se.samverka.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The staff login does the same password-hash work for every kind of name: the review measured 4-7 ms for volunteers
 * and representatives (no hash to check) and 90-115 ms for unknown names and staff. Counted, not timed.
 */
class PasswordLoginTests {

    private final Counting encoder = new Counting(PasswordEncoderFactories.createDelegatingPasswordEncoder());

    private final String staffHash = encoder.delegate.encode("rätt lösenord");

    private final Map<String, SamverkaUser> accounts = Map.of(
            "samordnare", user("samordnare", staffHash, Role.COORDINATOR, true),
            "avstangd", user("avstangd", staffHash, Role.COORDINATOR, false),
            "anna@example.se", user("anna@example.se", null, Role.VOLUNTEER, true),
            "forening@example.se", user("forening@example.se", null, Role.REPRESENTATIVE, true));

    private final PasswordLogin login = new PasswordLogin(name -> Optional.ofNullable(accounts.get(name)), encoder);

    @Test
    void everyKindOfNameCostsExactlyOnePasswordCheck() {
        encoder.matches = 0;
        for (var name : new String[] {"nobody@example.se", "anna@example.se", "forening@example.se", "samordnare"}) {
            var before = encoder.matches;
            assertThatThrownBy(() -> login.authenticate(attempt(name, "gissning")))
                    .isInstanceOf(BadCredentialsException.class);
            assertThat(encoder.matches - before).as(name).isEqualTo(1);
        }
        var before = encoder.matches;
        assertThatThrownBy(() -> login.authenticate(attempt("avstangd", "gissning")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matches - before).as("disabled, wrong password").isEqualTo(1);
    }

    @Test
    void theDummyHashCostsWhatAStoredOneCosts() {
        // the same algorithm and cost as every stored hash: bcrypt, the encoder's default strength
        assertThat(encoder.encoded).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2a$10$"));
    }

    @Test
    void onlyTheRightPasswordOfAnEnabledStaffAccountLogsInAndOnlyItLearnsTheAccountIsDisabled() {
        var ok = login.authenticate(attempt("Samordnare\u2003", "rätt lösenord"));
        assertThat(ok.isAuthenticated()).isTrue();
        assertThat(((SamverkaUser) ok.getPrincipal()).username()).isEqualTo("samordnare");
        assertThat(ok.getCredentials()).isNull();

        var before = encoder.matches;
        assertThatThrownBy(() -> login.authenticate(attempt("avstangd", "rätt lösenord")))
                .isInstanceOf(DisabledException.class);
        assertThat(encoder.matches - before).isEqualTo(1);
        // a volunteer has no password: not even an empty one logs in
        assertThatThrownBy(() -> login.authenticate(attempt("anna@example.se", "")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    private static SamverkaUser user(String name, String hash, Role role, boolean enabled) {
        return new SamverkaUser(UUID.randomUUID(), name, hash, role, name, enabled);
    }

    /** Counts the checks it is asked for. */
    private static final class Counting implements PasswordEncoder {

        final PasswordEncoder delegate;

        final java.util.List<String> encoded = new java.util.ArrayList<>();

        int matches;

        Counting(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            var hash = delegate.encode(raw);
            encoded.add(hash);
            return hash;
        }

        @Override
        public boolean matches(CharSequence raw, String encodedPassword) {
            matches++;
            return delegate.matches(raw, encodedPassword);
        }
    }
}
