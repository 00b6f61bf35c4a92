package se.samverka.eid;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash a personnummer is compared by: HMAC-SHA256 under a key that is not in the database, so that the
 * table alone gives no personnummer back (an unkeyed hash of a personnummer is reversed by trying all of them).
 */
final class IdentityHash {

    private final SecretKeySpec key;

    IdentityHash(String key) {
        this.key = new SecretKeySpec(key.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The hash of a personnummer as the broker sends it, in 64 hex digits; empty when it is not one. */
    Optional<String> of(Object claim) {
        return digits(claim).map(this::hmac);
    }

    /**
     * Twelve digits, century included (19700101-1234 and 197001011234 are the same person); brokers send this form.
     * The ten-digit form is refused: its century is a guess.
     */
    static Optional<String> digits(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        var digits = claim.toString().strip().replace("-", "").replace("+", "");
        return digits.matches("[0-9]{12}") ? Optional.of(digits) : Optional.empty();
    }

    private String hmac(String digits) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java", e);
        }
    }
}
