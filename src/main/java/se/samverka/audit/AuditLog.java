package se.samverka.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.PersonRef;

/**
 * Writes the audit log. An entry names the person by {@link PersonRef} and never copies their data: the detail says
 * which fields, not what they hold. The actor is the logged-in user, or {@code system} for scheduled work.
 */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final JdbcClient jdbc;

    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records one entry, in a transaction of its own, so that a read inside a read-only transaction is audited too.
     *
     * @param action what was done
     * @param subject whose data
     * @param purpose why, as a short code such as {@code help-request.handling}
     * @param detail which fields or what kind of change, never their values; may be null
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, PersonRef subject, String purpose, String detail) {
        Objects.requireNonNull(action);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(purpose);
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, subject_kind, subject_id, purpose, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(clock.instant()),
                        actor(),
                        action.name(),
                        subject.kind().name(),
                        subject.id(),
                        purpose,
                        detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail)
                .update();
    }

    /**
     * Records one entry per person, all in one transaction of its own: for an export or a change of many at once.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAll(AuditAction action, Collection<PersonRef> subjects, String purpose, String detail) {
        for (var subject : subjects) {
            record(action, subject, purpose, detail);
        }
    }

    private static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
