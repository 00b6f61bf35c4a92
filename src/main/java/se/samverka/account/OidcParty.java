package se.samverka.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A provider other than the municipality's staff sign-in that people reach through Samverka's OIDC client: the e-ID
 * broker. The account module runs the redirect flow and checks the ID token (signature, issuer, audience, nonce);
 * the party decides what the verified person means. Implemented by other modules, so that this one needs none of them.
 */
public interface OidcParty {

    /** The registration id: the last part of {@code /oauth2/authorization/{id}} and {@code /login/oauth2/code/{id}}. */
    String id();

    /** Where the provider is, or empty when it is not configured (then the party is left out). */
    Optional<OidcClient> client();

    /**
     * What the verified person becomes.
     *
     * @param person the verified claims
     * @param signedIn who was signed in when the flow started, or null
     * @return the account to sign in as, or empty to stay signed in as {@code signedIn}
     * @throws OidcRefusal when the person may not go on; its code goes to {@link #failureUrl(String)}
     */
    Optional<UUID> verified(OidcUser person, SamverkaUser signedIn);

    /** Where the browser goes after {@link #verified} kept the person signed in as before. */
    String successUrl();

    /** Where the browser goes after a refusal (or a failure at the provider, code {@code provider}). */
    String failureUrl(String code);
}
