package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Migration V71 on the demo's H2: existing answers end up encrypted under the active key and the plaintext is gone. */
class RiskGroupMigrationTests {

    static final String KEY = "2Vr4cnkCuUL1kAn9MI4i22LS0XvaA1IDP2UqQ1laxsU=";

    @Test
    void encryptsEveryStoredAnswerAndDropsThePlaintextColumn() {
        // one connection throughout: H2 fails CHECK constraints created by a connection closed since
        var dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:v71-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                true);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target("68")
                .load()
                .migrate();
        var jdbc = JdbcClient.create(dataSource);
        var district =
                jdbc.sql("SELECT id FROM district").query(String.class).list().get(0);
        var yes = insert(jdbc, district, 1, Boolean.TRUE);
        var no = insert(jdbc, district, 2, Boolean.FALSE);
        var unsaid = insert(jdbc, district, 3, null);

        var cipher = new RiskGroupCipher(new RiskGroupEncryptionProperties(Map.of("k1", KEY), "k1"));
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .javaMigrations(new V71__Encrypt_risk_group(cipher))
                .load()
                .migrate();

        assertThat(cipher.decrypt(yes, ciphertext(jdbc, yes))).isTrue();
        assertThat(cipher.decrypt(no, ciphertext(jdbc, no))).isFalse();
        assertThat(ciphertext(jdbc, yes)).startsWith("k1:");
        assertThat(jdbc.sql("SELECT risk_group_enc FROM help_request WHERE id = ?")
                        .param(unsaid)
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'help_request'"
                                + " AND LOWER(column_name) = 'risk_group'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static String ciphertext(JdbcClient jdbc, UUID id) {
        return jdbc.sql("SELECT risk_group_enc FROM help_request WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static UUID insert(JdbcClient jdbc, String district, long number, Boolean riskGroup) {
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO help_request (id, number, series_id, resident_name, resident_phone, street_address, district_id,
				 kind, description, requested_date, time_from, time_to, recurrence, payment_method, code_word, risk_group,
				 channel, status, created_at, updated_at)
				VALUES (?, ?, ?, 'Greta', '+46856039000', 'Gatan 1', ?, 'SHOPPING', 'Mjölk', DATE '2026-12-01',
				 TIME '10:00:00', TIME '12:00:00', 'ONE_OFF', 'INVOICE', 'Kod', ?, 'PHONE', 'OPEN',
				 CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").params(id, number, UUID.randomUUID(), district, riskGroup).update();
        return id;
    }
}
