package se.samverka.helprequest;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.helprequest.encryption.keys.<keyId>}: AES keys (base64 of 32 bytes) for the risk-group answer;
 * {@code samverka.helprequest.encryption.active-key}: the key id new values are written with. Old key ids stay
 * listed until the re-encryption job has moved every row off them. See docs/privacy-audit-and-encryption.md.
 */
@ConfigurationProperties("samverka.helprequest.encryption")
record RiskGroupEncryptionProperties(Map<String, String> keys, String activeKey) {

    RiskGroupEncryptionProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }

    @Override
    public String toString() {
        // never print the keys
        return "RiskGroupEncryptionProperties[keyIds=" + keys.keySet() + ", activeKey=" + activeKey + "]";
    }
}
