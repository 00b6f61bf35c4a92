package se.samverka.eid;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.samverka.account.OidcClient;

/**
 * The e-ID broker (SAMVERKA_EID_*, see README): on when issuer, client id and secret are set; then the hash key must
 * be set too (at least 32 characters), or Samverka does not start.
 *
 * @param personalNumberClaim the claim of the ID token (or user info) that holds the personnummer
 * @param hashKey the secret key of the HMAC-SHA256 under which personnummer are compared; never in the database.
 *     Changing it unlinks every e-ID (volunteers verify again)
 * @param name who made the ID check, as the safeguarding record says; empty: the issuer's host
 */
@ConfigurationProperties("samverka.eid")
record EidProperties(
        String issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue("personal_number") String personalNumberClaim,
        String hashKey,
        String name,
        @DefaultValue({"openid", "profile"}) List<String> scopes) {

    static final int MIN_KEY_LENGTH = 32;

    EidProperties {
        if (OidcClient.configured(issuerUri, clientId, clientSecret)
                && (hashKey == null || hashKey.strip().length() < MIN_KEY_LENGTH)) {
            throw new IllegalStateException("samverka.eid.hash-key (SAMVERKA_EID_HASH_KEY) must be set, at least "
                    + MIN_KEY_LENGTH + " characters, when the e-ID broker is configured");
        }
    }

    boolean configured() {
        return OidcClient.configured(issuerUri, clientId, clientSecret);
    }

    /** Who made the check, as the safeguarding record names it. */
    String broker() {
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        var host = URI.create(issuerUri.strip()).getHost();
        return host == null ? issuerUri.strip() : host;
    }
}
