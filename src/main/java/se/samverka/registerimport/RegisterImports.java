package se.samverka.registerimport;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.PersonRef;

/**
 * Imports of associations, volunteers and resource-group members from a spreadsheet: an upload is read and checked into staged rows (nothing
 * else is written), the administrator looks at the preview and confirms, and a background job writes the rows.
 */
@Service
public class RegisterImports {

    static final String PURPOSE = "register-import";

    private final ImportRepository repository;
    private final RowChecks checks;
    private final AuditLog audit;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<String> task;
    private final Clock clock;

    RegisterImports(
            ImportRepository repository,
            RowChecks checks,
            AuditLog audit,
            ObjectProvider<SchedulerClient> scheduler,
            OneTimeTask<String> registerImportRun,
            Clock clock) {
        this.repository = repository;
        this.checks = checks;
        this.audit = audit;
        this.scheduler = scheduler;
        this.task = registerImportRun;
        this.clock = clock;
    }

    /**
     * Reads and checks a file into a preview: returns the new import's id. Writes only the staged rows (and the
     * audit entry), never the register.
     */
    @Transactional
    public UUID upload(ImportKind kind, String fileName, byte[] bytes, String staff, Locale locale)
            throws SpreadsheetFile.Unreadable {
        var lines = SpreadsheetFile.read(fileName, bytes);
        if (lines.size() < 2) {
            throw new SpreadsheetFile.Unreadable("noRows");
        }
        var cells = Cells.of(kind, lines.get(0).cells());
        var rows = lines.subList(1, lines.size());
        var staged = checks.check(kind, cells, rows);
        var id = UUID.randomUUID();
        var name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        repository.insert(
                new ImportSummary(
                        id,
                        kind,
                        name.length() > 255 ? name.substring(0, 255) : name,
                        staff,
                        clock.instant(),
                        "en".equals(locale.getLanguage()) ? "en" : "sv",
                        ImportStatus.PREVIEW,
                        null,
                        null,
                        staged.size(),
                        0,
                        java.util.Map.of()),
                staged);
        audit.record(AuditAction.VIEW, PersonRef.importedList(id), PURPOSE, "upload " + kind.name());
        return id;
    }

    @Transactional(readOnly = true)
    Optional<ImportSummary> find(UUID id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    List<ImportSummary> recent() {
        return repository.recent(10);
    }

    @Transactional(readOnly = true)
    List<StagedRow> rows(UUID id, Outcome outcome, int offset, int limit) {
        return repository.rows(id, outcome, offset, limit);
    }

    /** Confirms a preview and schedules its job; false when it was confirmed already (a second click). */
    @Transactional
    public boolean confirm(UUID id, String staff) {
        if (!repository.confirm(id, staff, clock.instant())) {
            return false;
        }
        audit.record(AuditAction.CHANGE, PersonRef.importedList(id), PURPOSE, "confirm");
        var client = scheduler.getObject();
        // after the commit, so that the job never finds the import still in PREVIEW; db-scheduler compares with the
        // system clock, not the application's (which tests may move)
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                client.scheduleIfNotExists(task.instance(id.toString(), id.toString()), Instant.now());
            }
        });
        return true;
    }

    /** Confirms without scheduling the job, for the benchmark that times the job itself (bench/). */
    @Transactional
    boolean confirmWithoutJob(UUID id, String staff) {
        return repository.confirm(id, staff, clock.instant());
    }

    /** Every row with its outcome and, after the run, what was done: for the report download (audited). */
    @Transactional(readOnly = true)
    List<StagedRow> report(UUID id) {
        audit.record(AuditAction.EXPORT, PersonRef.importedList(id), PURPOSE, "report");
        return repository.all(id);
    }
}
