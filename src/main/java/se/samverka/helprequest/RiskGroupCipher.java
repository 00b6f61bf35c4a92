package se.samverka.helprequest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Encrypts the risk-group answer with AES-256-GCM. A ciphertext reads {@code keyId:base64(iv + ciphertext + tag)};
 * the 12-byte IV is random for every value, and the request's id is the additional authenticated data, so a
 * ciphertext copied to another request does not decrypt. The plaintext is one byte for yes and for no alike, so the
 * length of a ciphertext says nothing about the answer. Samverka does not start without a valid active key.
 */
@Component
class RiskGroupCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final int IV_BYTES = 12;

    private static final int TAG_BITS = 128;

    private static final byte YES = 'Y';

    private static final byte NO = 'N';

    private final Map<String, SecretKey> keys = new HashMap<>();

    private final String activeKey;

    private final SecureRandom random = new SecureRandom();

    RiskGroupCipher(RiskGroupEncryptionProperties properties) {
        // a slot left empty in the environment (see application.properties) is no key
        properties.keys().forEach((id, value) -> {
            if (value != null && !value.isBlank()) {
                keys.put(id, key(id, value));
            }
        });
        if (properties.activeKey() == null || properties.activeKey().isBlank()) {
            throw new IllegalStateException("samverka.helprequest.encryption.active-key is not set (see "
                    + "docs/privacy-audit-and-encryption.md): Samverka does not store health data unencrypted");
        }
        if (!keys.containsKey(properties.activeKey())) {
            throw new IllegalStateException(
                    "No key samverka.helprequest.encryption.keys." + properties.activeKey() + " for the active key id");
        }
        this.activeKey = properties.activeKey();
    }

    String activeKeyId() {
        return activeKey;
    }

    String encrypt(UUID requestId, boolean riskGroup) {
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad(requestId));
            var sealed = cipher.doFinal(new byte[] {riskGroup ? YES : NO});
            var out = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return activeKey + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Fails when the key id is unknown, the value was changed, or it belongs to another request. */
    boolean decrypt(UUID requestId, String ciphertext) {
        var separator = ciphertext.indexOf(':');
        var key = separator < 1 ? null : keys.get(ciphertext.substring(0, separator));
        if (key == null) {
            throw new IllegalStateException("Unknown key id for a risk-group value of request " + requestId);
        }
        try {
            var bytes = Base64.getDecoder().decode(ciphertext.substring(separator + 1));
            var cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(aad(requestId));
            var plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            if (plain.length != 1 || (plain[0] != YES && plain[0] != NO)) {
                throw new IllegalStateException("Unexpected risk-group plaintext for request " + requestId);
            }
            return plain[0] == YES;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // no value, no key in the message: only which request could not be read
            throw new IllegalStateException("Risk-group value of request " + requestId + " does not decrypt");
        }
    }

    /** Whether the value was written with another key than the active one, so the rotation job re-encrypts it. */
    boolean needsReencryption(String ciphertext) {
        return !ciphertext.startsWith(activeKey + ":");
    }

    private static byte[] aad(UUID requestId) {
        return ("help_request.risk_group:" + requestId).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKey key(String id, String base64) {
        if (id.isBlank() || id.contains(":")) {
            throw new IllegalStateException("A key id must be non-blank and without ':' (" + id + ")");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Key " + id + " is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("Key " + id + " must be 32 bytes (AES-256), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public String toString() {
        return "RiskGroupCipher[activeKey=" + activeKey + ", keyIds=" + keys.keySet() + "]";
    }
}
