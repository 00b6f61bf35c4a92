package se.samverka.situation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the situation reports are e-mailed: the address set on the reports page, or, until someone sets one there,
 * {@code samverka.situation.mail-to}. Empty: no e-mail. A municipality can so change the krisledning's address in the
 * middle of a crisis without a restart.
 */
@Component
class ReportRecipient {

    /** Who last set the address on the page, and when. */
    record Change(String mailTo, String by, Instant at) {}

    private final JdbcClient jdbc;
    private final SituationProperties properties;

    ReportRecipient(JdbcClient jdbc, SituationProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The address the next report goes to, or "" for none. */
    String current() {
        return lastChange().map(Change::mailTo).orElse(properties.mailTo());
    }

    Optional<Change> lastChange() {
        return jdbc.sql("SELECT mail_to, changed_by, changed_at FROM situation_setting")
                .query((rs, n) -> new Change(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /**
     * Sets the address ("" for none); {@code mailTo} is already checked. Each statement commits on its own (no
     * transaction): after a lost race on the insert, PostgreSQL would refuse the update in the same transaction.
     */
    void change(String mailTo, String by, Instant at) {
        if (update(mailTo, by, at) == 0) {
            try {
                jdbc.sql("INSERT INTO situation_setting (id, mail_to, changed_by, changed_at) VALUES (TRUE, ?, ?, ?)")
                        .params(mailTo, by, Timestamp.from(at))
                        .update();
            } catch (DuplicateKeyException e) {
                // another coordinator set it at the same moment: the later write wins, as it would have one by one
                update(mailTo, by, at);
            }
        }
    }

    private int update(String mailTo, String by, Instant at) {
        return jdbc.sql("UPDATE situation_setting SET mail_to = ?, changed_by = ?, changed_at = ?")
                .params(mailTo, by, Timestamp.from(at))
                .update();
    }
}
