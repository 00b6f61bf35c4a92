package se.samverka.registerimport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.organisation.OrgNumber;
import se.samverka.organisation.OrganisationForm;
import se.samverka.organisation.OrganisationImport;
import se.samverka.shared.PersonRef;

/**
 * The background job of a confirmed import. All its writes (the associations, the invited volunteers with their
 * e-mails in the outbox, or the members added to resource groups, and each row's result) happen in ONE transaction: a failure anywhere rolls everything back,
 * the import is marked FAILED and nothing is half-written. Progress is written in short transactions of its own, so
 * the status page can show it while the big one runs. A crash mid-run leaves the import RUNNING with nothing written;
 * db-scheduler runs the task again and it starts over.
 */
@Component
class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    static final int CHUNK = 250;

    private final ImportRepository repository;
    private final OrganisationImport organisations;
    private final InvitationRun invitations;
    private final MemberRun members;
    private final AuditLog audit;
    private final TransactionTemplate writes;
    private final TransactionTemplate own;
    private final Clock clock;

    ImportRun(
            ImportRepository repository,
            OrganisationImport organisations,
            InvitationRun invitations,
            MemberRun members,
            AuditLog audit,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.invitations = invitations;
        this.members = members;
        this.audit = audit;
        this.writes = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void run(UUID id) {
        var started =
                own.execute(s -> repository.start(id) ? repository.find(id).orElse(null) : null);
        if (started == null) {
            return;
        }
        try {
            var people = writes.execute(s -> {
                var rows = repository.all(id);
                var results = switch (started.kind()) {
                    case ASSOCIATIONS -> associations(id, rows, started.confirmedBy());
                    case VOLUNTEERS ->
                        invitations.invite(rows, Locale.forLanguageTag(started.language()), done -> progress(id, done));
                    case FRG_MEMBERS -> members.write(rows, started.confirmedBy(), done -> progress(id, done));
                };
                if (started.kind() != ImportKind.ASSOCIATIONS) {
                    results = new ArrayList<>(results);
                    skipped(rows, results);
                }
                repository.results(id, results);
                repository.finish(id, ImportStatus.DONE, clock.instant());
                // the volunteers invited, or added to (or changed in) a group
                return results.stream()
                        .filter(r -> started.kind() != ImportKind.ASSOCIATIONS && r[2] != null)
                        .map(r -> PersonRef.volunteer((UUID) r[2]))
                        .toList();
            });
            if (!people.isEmpty()) {
                audit.recordAll(
                        AuditAction.CHANGE,
                        people,
                        RegisterImports.PURPOSE,
                        started.kind() == ImportKind.VOLUNTEERS
                                ? "invited from an imported list"
                                : "resource group membership from an imported list");
            }
            log.info("Import {} done", id);
        } catch (RuntimeException e) {
            log.warn("Import {} failed, nothing was written", id, e);
            own.executeWithoutResult(s -> repository.finish(id, ImportStatus.FAILED, clock.instant()));
        }
    }

    private List<Object[]> associations(UUID id, List<StagedRow> rows, String staff) {
        var results = new ArrayList<Object[]>();
        var todo = rows.stream()
                .filter(r -> r.outcome() == Outcome.NEW || r.outcome() == Outcome.UPDATE)
                .toList();
        for (int from = 0; from < todo.size(); from += CHUNK) {
            var chunk = todo.subList(from, Math.min(todo.size(), from + CHUNK));
            var created = new ArrayList<OrganisationImport.Imported>();
            var createdLines = new ArrayList<Integer>();
            var updated = new LinkedHashMap<UUID, OrganisationImport.Imported>();
            for (var r : chunk) {
                var o = new OrganisationImport.Imported(
                        r.name(),
                        new OrgNumber(r.orgNumber()),
                        OrganisationForm.valueOf(r.form()),
                        r.purpose(),
                        new LinkedHashSet<>(Cells.split(r.districts())),
                        r.website(),
                        r.email(),
                        r.phone());
                if (r.outcome() == Outcome.NEW) {
                    created.add(o);
                    createdLines.add(r.line());
                } else {
                    updated.put(r.targetId(), o);
                    results.add(new Object[] {r.line(), "UPDATED", null});
                }
            }
            var ids = organisations.save(created, updated, staff);
            for (int i = 0; i < ids.size(); i++) {
                results.add(new Object[] {createdLines.get(i), "CREATED", ids.get(i)});
            }
            progress(id, from + chunk.size());
        }
        skipped(rows, results);
        return results;
    }

    private void progress(UUID id, int done) {
        own.executeWithoutResult(s -> repository.progress(id, done));
    }

    private static void skipped(List<StagedRow> rows, List<Object[]> results) {
        rows.stream()
                .filter(r -> r.outcome() == Outcome.DUPLICATE || r.outcome() == Outcome.ERROR)
                .forEach(r -> results.add(new Object[] {r.line(), "SKIPPED", null}));
    }
}
