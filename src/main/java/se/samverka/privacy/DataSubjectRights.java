package se.samverka.privacy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.PersonRef;

/**
 * Access and erasure across every module: asks each {@link PersonalDataHolder} in turn. Erasure writes one ERASE
 * entry to the audit log naming only the {@link PersonRef}.
 */
@Service
public class DataSubjectRights {

    /** What stands in a kept row where the person's name or free text was. */
    public static final String ERASED = "[raderad]";

    private static final Logger log = LoggerFactory.getLogger(DataSubjectRights.class);

    private final ObjectProvider<PersonalDataHolder> holders;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DataSubjectRights(ObjectProvider<PersonalDataHolder> holders, AuditLog audit, ApplicationEventPublisher events) {
        this.holders = holders;
        this.audit = audit;
        this.events = events;
    }

    /** Who the reference names, as the module that holds the record knows them. */
    @Transactional(readOnly = true)
    public Optional<PersonIdentity> identify(PersonRef ref) {
        return holders.orderedStream()
                .map(h -> h.identify(ref))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The reference of the person behind a login, if a module knows them (a volunteer); one query. */
    @Transactional(readOnly = true)
    public Optional<PersonRef> refOfLogin(String username) {
        return holders.orderedStream()
                .map(h -> h.byLogin(username))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The person behind a login, if a module knows them (a volunteer). */
    @Transactional(readOnly = true)
    public Optional<PersonIdentity> identifyLogin(String username) {
        return holders.orderedStream()
                .map(h -> h.byLogin(username))
                .flatMap(Optional::stream)
                .findFirst()
                .flatMap(this::identify);
    }

    /** Everything every module holds about the person. */
    @Transactional(readOnly = true)
    public List<PersonalDataSection> export(PersonIdentity who) {
        var sections = new ArrayList<PersonalDataSection>();
        holders.orderedStream().forEach(h -> sections.addAll(h.export(who)));
        return sections;
    }

    /** Message keys of what the person should know before erasure. */
    @Transactional(readOnly = true)
    public List<String> erasureConsequences(PersonIdentity who) {
        var keys = new LinkedHashSet<String>();
        holders.orderedStream().forEach(h -> keys.addAll(h.erasureConsequences(who)));
        return List.copyOf(keys);
    }

    /**
     * Erases the person in every module at once and writes the audit entry. When {@code receipt} is true, a receipt
     * goes to the person's e-mail address (see {@link PersonErased}); the outbox erases its text once it is sent.
     *
     * @param reason a short code such as {@code request.data-subject}
     */
    @Transactional
    public ErasureReport erase(PersonIdentity who, String reason, boolean receipt) {
        var outcomes = new ArrayList<ErasureOutcome>();
        holders.orderedStream().forEach(h -> outcomes.add(h.erase(who)));
        var report = new ErasureReport(who.ref(), outcomes);
        auditErasure(who.ref(), reason, report);
        if (receipt && !who.emails().isEmpty()) {
            events.publishEvent(
                    new PersonErased(who.ref(), who.emails().iterator().next(), who.language(), report.kept()));
        }
        log.info(
                "Erased {} {} ({}): {} rows removed, {} pseudonymised",
                who.ref().kind(),
                who.ref().id(),
                reason,
                report.removed(),
                report.pseudonymised());
        return report;
    }

    /**
     * The audit entry names the person by reference only. When the person erases themself the logged-in name is
     * their e-mail address, which is just what is being erased, so the entry is written as the system on their
     * request.
     */
    private void auditErasure(PersonRef ref, String reason, ErasureReport report) {
        var context = SecurityContextHolder.getContext();
        var selfService = reason.startsWith("request.self");
        try {
            if (selfService) {
                SecurityContextHolder.clearContext();
            }
            audit.record(
                    AuditAction.ERASE,
                    ref,
                    reason,
                    "removed=" + report.removed() + " pseudonymised=" + report.pseudonymised());
        } finally {
            if (selfService) {
                SecurityContextHolder.setContext(context);
            }
        }
    }
}
