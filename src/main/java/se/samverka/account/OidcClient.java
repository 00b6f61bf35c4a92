package se.samverka.account;

import java.util.Set;

/** An OIDC provider as Samverka's client knows it: found at the issuer's discovery document. */
public record OidcClient(String issuerUri, String clientId, String clientSecret, Set<String> scopes) {

    public OidcClient {
        scopes = Set.copyOf(scopes);
    }

    /** True when issuer, client id and secret are all given. */
    public static boolean configured(String issuerUri, String clientId, String clientSecret) {
        return issuerUri != null
                && !issuerUri.isBlank()
                && clientId != null
                && !clientId.isBlank()
                && clientSecret != null
                && !clientSecret.isBlank();
    }
}
