package se.samverka.registerimport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.organisation.OrgNumber;
import se.samverka.organisation.OrganisationForm;
import se.samverka.organisation.OrganisationImport;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PhoneNumber;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.PhoneRegistration;
import se.samverka.volunteer.VolunteerIntake;

/**
 * The background job of a confirmed import. All its writes (the associations or the invited volunteers with their
 * e-mails in the outbox, and each row's result) happen in ONE transaction: a failure anywhere rolls everything back,
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
    private final VolunteerIntake volunteers;
    private final AuditLog audit;
    private final Districts districts;
    private final HelpKinds kinds;
    private final TransactionTemplate writes;
    private final TransactionTemplate own;
    private final Clock clock;

    ImportRun(
            ImportRepository repository,
            OrganisationImport organisations,
            VolunteerIntake volunteers,
            AuditLog audit,
            Districts districts,
            HelpKinds kinds,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.volunteers = volunteers;
        this.audit = audit;
        this.districts = districts;
        this.kinds = kinds;
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
            var invited = writes.execute(s -> {
                var rows = repository.all(id);
                var results = started.kind() == ImportKind.ASSOCIATIONS
                        ? associations(id, rows, started.confirmedBy())
                        : volunteers(id, rows, Locale.forLanguageTag(started.language()));
                repository.results(id, results);
                repository.finish(id, ImportStatus.DONE, clock.instant());
                return results.stream()
                        .filter(r -> "INVITED".equals(r[1]))
                        .map(r -> PersonRef.volunteer((UUID) r[2]))
                        .toList();
            });
            if (!invited.isEmpty()) {
                audit.recordAll(AuditAction.CHANGE, invited, RegisterImports.PURPOSE, "invited from an imported list");
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

    /**
     * A list rarely says which districts, kinds of help and languages someone offers, but a volunteer needs at least
     * one of each: an empty cell becomes every district, the kinds that need no safeguarding check, and Swedish. The
     * invited person sees and changes them under Mina sidor once they have confirmed; until then nobody asks them.
     */
    private List<Object[]> volunteers(UUID id, List<StagedRow> rows, Locale locale) {
        var results = new ArrayList<Object[]>();
        var everyDistrict = new LinkedHashSet<String>();
        districts.all().forEach(d -> everyDistrict.add(d.id()));
        var unchecked = new LinkedHashSet<HelpKind>();
        kinds.active().stream().filter(k -> kinds.safeguardingLevel(k) == 0).forEach(unchecked::add);
        if (unchecked.isEmpty()) {
            unchecked.addAll(kinds.active());
        }
        int done = 0;
        for (var r : rows) {
            if (r.outcome() != Outcome.NEW) {
                continue;
            }
            var registration = new PhoneRegistration(
                    r.name(),
                    new EmailAddress(r.email()),
                    new PhoneNumber(r.phone()),
                    orElse(Cells.split(r.districts()), everyDistrict),
                    unchecked,
                    orElse(Cells.split(r.languages()), Set.of("sv")),
                    ContactChannel.EMAIL,
                    false);
            var volunteer = volunteers.invite(registration, locale);
            results.add(new Object[] {r.line(), volunteer.isPresent() ? "INVITED" : "SKIPPED", volunteer.orElse(null)});
            if (++done % CHUNK == 0) {
                progress(id, done);
            }
        }
        skipped(rows, results);
        return results;
    }

    private static Set<String> orElse(List<String> values, Set<String> otherwise) {
        return values.isEmpty() ? otherwise : new LinkedHashSet<>(values);
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
