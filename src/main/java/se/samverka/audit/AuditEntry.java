package se.samverka.audit;

import java.time.ZonedDateTime;
import se.samverka.shared.PersonRef;

/** One line of the audit log as the data-protection officer sees it, the person and actor resolved to names. */
record AuditEntry(
        long id,
        ZonedDateTime occurredAt,
        String actor,
        String actorName,
        AuditAction action,
        PersonRef subject,
        String subjectName,
        String purpose,
        String detail) {

    public String purposeKey() {
        return "audit.purpose." + purpose;
    }

    public String actionKey() {
        return "audit.action." + action.name();
    }

    public String kindKey() {
        return "audit.kind." + subject.kind().name();
    }
}
