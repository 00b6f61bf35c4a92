package se.samverka.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.IntegrationTest;

/** Closed incidents older than the rule go with their log; open ones and younger closed ones stay. */
@IntegrationTest
class IncidentRetentionTests {

    @Autowired
    IncidentRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyClosedIncidentsOlderThanTheCutoffAreDeletedWithTheirLog() {
        var cutoff = Instant.parse("2020-06-01T00:00:00Z");
        var oldClosed = incident("CLOSED", cutoff.minus(1, ChronoUnit.DAYS));
        var youngClosed = incident("CLOSED", cutoff.plus(1, ChronoUnit.DAYS));
        var oldOpen = incident("IN_PROGRESS", null);
        jdbc.sql("UPDATE incident SET reported_at = ? WHERE id = ?")
                .params(Timestamp.from(cutoff.minus(400, ChronoUnit.DAYS)), oldOpen)
                .update();
        int removed;
        do {
            removed = retention.purgeBatch(cutoff, 2);
        } while (removed > 0);
        assertThat(exists(oldClosed)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incident_log WHERE incident_id = ?")
                        .param(oldClosed)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(exists(youngClosed)).isTrue();
        assertThat(exists(oldOpen)).isTrue();
        assertThat(retention.rule().decision()).isNotBlank();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM incident WHERE id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    private UUID incident(String status, Instant closedAt) {
        var id = UUID.randomUUID();
        var closed = closedAt != null;
        jdbc.sql("""
				INSERT INTO incident (id, kind, status, description, occurred_on, reported_by, reported_at, outcome,
				  closed_by, closed_at)
				VALUES (?, 'OTHER', ?, 'Retention test', ?, 'test', ?, ?, ?, ?)""")
                .params(
                        id,
                        status,
                        Date.valueOf(LocalDate.of(2019, 1, 1)),
                        Timestamp.from(Instant.parse("2019-01-01T00:00:00Z")),
                        closed ? "Handled" : null,
                        closed ? "test" : null,
                        closed ? Timestamp.from(closedAt) : null)
                .update();
        jdbc.sql(
                        "INSERT INTO incident_log (id, incident_id, written_by, written_at, text) VALUES (?, ?, 'test', ?, 'Entry')")
                .params(UUID.randomUUID(), id, Timestamp.from(Instant.parse("2019-01-02T00:00:00Z")))
                .update();
        return id;
    }
}
