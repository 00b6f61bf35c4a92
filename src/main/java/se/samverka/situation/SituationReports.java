package se.samverka.situation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.crisis.Crises;
import se.samverka.crisis.Crisis;

/**
 * The situation reports of the running crisis: made on demand or by the daily task, each stored with its figures (a
 * snapshot), so the page shows what changed since the crisis' previous report; each new report is mailed to the
 * krisledning. A report covers the span from the crisis' previous report (or its start) to the moment it is made.
 */
@Service
public class SituationReports {

    private final SituationRepository repository;
    private final List<SituationSection> sections;
    private final Crises crises;
    private final SituationProperties properties;
    private final SituationMail mail;
    private final TransactionTemplate transaction;

    SituationReports(
            SituationRepository repository,
            List<SituationSection> sections,
            Crises crises,
            SituationProperties properties,
            SituationMail mail,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(SituationSection::order))
                .toList();
        this.crises = crises;
        this.properties = properties;
        this.mail = mail;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** A report made now by a coordinator; empty when no crisis runs. */
    public Optional<UUID> generate(String by, Instant at) {
        return crises.current().map(c -> transaction.execute(s -> make(c, by, at, Report.Trigger.ON_DEMAND, null)));
    }

    /**
     * The daily report, if a crisis runs and the crisis has no daily report of the local day yet (also when another
     * instance made it at the same moment: the database keeps one).
     */
    public Optional<UUID> daily(Instant at) {
        var crisis = crises.current();
        if (crisis.isEmpty()) {
            return Optional.empty();
        }
        var day = at.atZone(properties.zone()).toLocalDate();
        try {
            return Optional.ofNullable(
                    transaction.execute(s -> make(crisis.get(), Report.SYSTEM, at, Report.Trigger.DAILY, day)));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    private UUID make(Crisis crisis, String by, Instant at, Report.Trigger trigger, LocalDate dailyOn) {
        var from = repository
                .latest(crisis.id())
                .map(Report::periodTo)
                .filter(to -> !to.isAfter(at))
                .orElse(crisis.startedAt());
        var period = new SituationPeriod(crisis.id(), crisis.startedAt(), from, at, properties.zone());
        var figures = new ArrayList<SituationRecord>();
        for (var section : sections) {
            section.figures(period).forEach(f -> figures.add(new SituationRecord(section.key(), f)));
        }
        var report = new Report(UUID.randomUUID(), crisis.id(), crisis.name(), from, at, at, by, trigger);
        repository.insert(report, dailyOn, figures);
        mail.send(report);
        return report.id();
    }

    List<SituationSection> sections() {
        return sections;
    }

    @Transactional(readOnly = true)
    Optional<Report> find(UUID id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    List<SituationRecord> figures(UUID reportId) {
        return repository.figures(reportId);
    }

    /** The crisis' report before this one, whose figures the page compares with. */
    @Transactional(readOnly = true)
    Optional<Report> previous(Report report) {
        return repository.latestBefore(report.crisisId(), report.generatedAt());
    }

    @Transactional(readOnly = true)
    List<Report> page(int offset, int limit) {
        return repository.page(offset, limit);
    }

    @Transactional(readOnly = true)
    int count() {
        return repository.count();
    }
}
