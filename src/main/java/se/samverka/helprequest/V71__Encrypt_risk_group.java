package se.samverka.helprequest;

import java.util.LinkedHashMap;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Migration V71: the risk-group answer moves from the plaintext column {@code risk_group} to the AES-GCM ciphertext
 * {@code risk_group_enc}, and the plaintext column is dropped. SQL cannot encrypt, so this is a Java migration; it is a
 * Spring bean (Spring Boot hands every {@code JavaMigration} bean to Flyway) so that it encrypts with the configured
 * active key. It runs in Flyway's transaction on PostgreSQL: a failure leaves the plaintext column as it was.
 */
@Component
class V71__Encrypt_risk_group extends BaseJavaMigration {

    private final RiskGroupCipher cipher;

    V71__Encrypt_risk_group(RiskGroupCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE help_request ADD COLUMN risk_group_enc VARCHAR(200)");
            statement.execute("ALTER TABLE help_request ADD CONSTRAINT help_request_risk_group_enc_ck"
                    + " CHECK (risk_group_enc IS NULL OR risk_group_enc LIKE '_%:_%')");
        }
        var plain = new LinkedHashMap<UUID, Boolean>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT id, risk_group FROM help_request WHERE risk_group IS NOT NULL")) {
            while (rows.next()) {
                plain.put(rows.getObject(1, UUID.class), rows.getBoolean(2));
            }
        }
        try (var update = connection.prepareStatement("UPDATE help_request SET risk_group_enc = ? WHERE id = ?")) {
            for (var entry : plain.entrySet()) {
                update.setString(1, cipher.encrypt(entry.getKey(), entry.getValue()));
                update.setObject(2, entry.getKey());
                update.addBatch();
            }
            if (!plain.isEmpty()) {
                update.executeBatch();
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE help_request DROP COLUMN risk_group");
        }
    }
}
