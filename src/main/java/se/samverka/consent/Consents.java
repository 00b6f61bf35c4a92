package se.samverka.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.PersonRef;

/** Gives, reads and withdraws consents. At most one consent per person and purpose holds at a time (a database key). */
@Service
public class Consents {

    /** Recorded by the person themself (a form they sent): no login name is copied into the record. */
    public static final String SELF = "self";

    private static final String COLUMNS =
            "id, person_kind, person_id, purpose, notice_version, given_at, recorded_by, withdrawn_at";

    private final JdbcClient jdbc;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    private final ConsentProperties properties;

    Consents(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, ConsentProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.properties = properties;
    }

    /** The version of the privacy notice published now (configuration); consents given now store it. */
    public String noticeVersion() {
        return properties.noticeVersion();
    }

    /**
     * The person accepts the current privacy notice for a purpose that holds under an older version: the old record
     * is closed as replaced (no withdrawal: the consent goes on) and a new one is given under the current version.
     */
    @Transactional
    public ConsentRecord renew(PersonRef person, ConsentPurpose purpose, String recordedBy) {
        var current = current(person, purpose);
        if (current.isPresent() && current.get().noticeVersion().equals(noticeVersion())) {
            return current.get();
        }
        // the old record ends at the instant the new one begins: that is how a replaced record is told from a withdrawn
        // one
        var now = clock.instant();
        jdbc.sql("UPDATE consent_record SET withdrawn_at = ?, active_key = NULL WHERE active_key = ?")
                .params(Timestamp.from(now), activeKey(person, purpose))
                .update();
        return insert(new ConsentRecord(UUID.randomUUID(), person, purpose, noticeVersion(), now, recordedBy, null));
    }

    /** Whether the person consented to the purpose under an older notice than the current one. */
    @Transactional(readOnly = true)
    public boolean needsRenewal(PersonRef person, ConsentPurpose purpose) {
        return current(person, purpose)
                .filter(c -> !c.noticeVersion().equals(noticeVersion()))
                .isPresent();
    }

    /**
     * Records a consent; when one already holds for the purpose it is kept as it is and returned. The insert comes
     * first and gives way to the one that holds ({@code consent_record_active_uk}): a new volunteer's consent, the
     * common case, is one statement instead of a look-up and an insert (issue 11), and two gives at once keep one.
     */
    @Transactional
    public ConsentRecord give(PersonRef person, ConsentPurpose purpose, String noticeVersion, String recordedBy) {
        var record =
                new ConsentRecord(UUID.randomUUID(), person, purpose, noticeVersion, clock.instant(), recordedBy, null);
        if (insert(record, " ON CONFLICT DO NOTHING") == 1) {
            return record;
        }
        return current(person, purpose)
                .orElseThrow(() -> new IllegalStateException("A consent was neither recorded nor found"));
    }

    private ConsentRecord insert(ConsentRecord record) {
        insert(record, "");
        return record;
    }

    private int insert(ConsentRecord record, String onConflict) {
        var person = record.person();
        var purpose = record.purpose();
        var noticeVersion = record.noticeVersion();
        var recordedBy = record.recordedBy();
        return jdbc.sql("INSERT INTO consent_record (" + COLUMNS + ", active_key) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)"
                        + onConflict)
                .params(
                        record.id(),
                        person.kind().name(),
                        person.id(),
                        purpose.name(),
                        noticeVersion,
                        Timestamp.from(record.givenAt()),
                        recordedBy,
                        activeKey(person, purpose))
                .update();
    }

    /** Withdraws the consent that holds, if any, and tells the module that uses the data. */
    @Transactional
    public boolean withdraw(PersonRef person, ConsentPurpose purpose) {
        int changed = jdbc.sql("UPDATE consent_record SET withdrawn_at = ?, active_key = NULL WHERE active_key = ?")
                .params(Timestamp.from(clock.instant()), activeKey(person, purpose))
                .update();
        if (changed > 0) {
            events.publishEvent(new ConsentWithdrawn(person, purpose));
        }
        return changed > 0;
    }

    @Transactional(readOnly = true)
    public boolean holds(PersonRef person, ConsentPurpose purpose) {
        return current(person, purpose).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<ConsentRecord> current(PersonRef person, ConsentPurpose purpose) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_record WHERE active_key = ?")
                .param(activeKey(person, purpose))
                .query(Consents::row)
                .optional();
    }

    /** Every consent the person gave, withdrawn ones too, newest first. */
    @Transactional(readOnly = true)
    public List<ConsentRecord> of(PersonRef person) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM consent_record WHERE person_kind = ? AND person_id = ? ORDER BY given_at DESC")
                .params(person.kind().name(), person.id())
                .query(Consents::row)
                .list();
    }

    private static String activeKey(PersonRef person, ConsentPurpose purpose) {
        return person.kind().name() + ":" + person.id() + ":" + purpose.name();
    }

    private static ConsentRecord row(ResultSet rs, int n) throws SQLException {
        var withdrawn = rs.getTimestamp(8);
        return new ConsentRecord(
                rs.getObject(1, UUID.class),
                new PersonRef(PersonRef.Kind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class)),
                ConsentPurpose.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
