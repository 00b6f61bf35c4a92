package se.samverka.volunteer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in the "confirm your e-mail" link. Only its SHA-256 is stored, so a copy of the database
 * confirms nobody's address.
 */
record ConfirmationToken(String plain) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static ConfirmationToken random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new ConfirmationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Lower-case hex of the SHA-256 of the token as typed in the link. */
    static String hash(String plain) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    String hash() {
        return hash(plain);
    }

    @Override
    public String toString() {
        return "ConfirmationToken[***]";
    }
}
