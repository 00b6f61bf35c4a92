package se.samverka.incident;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;

/**
 * The module's API: reporting an incident, the coordinators' handling log and closing it with an outcome. A first
 * log entry on a new incident puts it in progress; a closed incident takes no more entries.
 */
@Service
public class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private final IncidentRepository repository;
    private final FeedbackRepository feedback;
    private final Clock clock;

    Incidents(IncidentRepository repository, FeedbackRepository feedback, Clock clock) {
        this.repository = repository;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** Thrown when an incident is already closed. */
    public static class AlreadyClosed extends IllegalStateException {

        AlreadyClosed() {
            super("The incident is closed");
        }
    }

    @Transactional
    public UUID report(NewIncident report) {
        Objects.requireNonNull(report.kind(), "kind");
        Objects.requireNonNull(report.occurredOn(), "occurredOn");
        Objects.requireNonNull(report.reportedBy(), "reportedBy");
        var id = UUID.randomUUID();
        repository.insert(new Incident(
                id,
                report.kind(),
                IncidentStatus.NEW,
                report.description().strip(),
                report.occurredOn(),
                report.requestId(),
                report.volunteerId(),
                report.reporterVolunteerId(),
                report.reportedBy(),
                report.onBehalfOfResident(),
                report.feedbackId(),
                null,
                clock.instant(),
                null,
                null));
        if (report.feedbackId() != null) {
            feedback.linkIncident(report.feedbackId(), id);
        }
        log.info("Incident {} reported: {}", id, report.kind());
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<Incident> find(UUID id) {
        return repository.find(id);
    }

    /** One page of incidents, newest first, optionally only of one status and kind. */
    @Transactional(readOnly = true)
    public List<Incident> page(IncidentStatus status, IncidentKind kind, int offset, int limit) {
        return repository.page(status, kind, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(IncidentStatus status, IncidentKind kind) {
        return repository.count(status, kind);
    }

    /** What the volunteer reported, newest first. */
    @Transactional(readOnly = true)
    public List<Incident> reportedBy(UUID volunteerId) {
        return repository.reportedBy(volunteerId);
    }

    @Transactional(readOnly = true)
    public List<LogEntry> log(UUID incidentId) {
        return repository.log(incidentId);
    }

    /** Adds an entry to the handling log; a new incident is in progress from its first entry. */
    @Transactional
    public void addLog(UUID incidentId, String text, String actor) {
        var incident = repository.lock(incidentId).orElseThrow(() -> new NotFoundException("Incident"));
        if (incident.isClosed()) {
            throw new AlreadyClosed();
        }
        IncidentStatus changed = null;
        if (incident.status() == IncidentStatus.NEW) {
            changed = IncidentStatus.IN_PROGRESS;
            repository.status(incidentId, changed);
        }
        repository.insertLog(
                new LogEntry(UUID.randomUUID(), incidentId, actor, clock.instant(), text.strip(), changed));
    }

    /** Closes the incident with its outcome, which also goes into the log. */
    @Transactional
    public void close(UUID incidentId, String outcome, String actor) {
        var incident = repository.lock(incidentId).orElseThrow(() -> new NotFoundException("Incident"));
        if (incident.isClosed()) {
            throw new AlreadyClosed();
        }
        var now = clock.instant();
        repository.close(incidentId, outcome.strip(), actor, now);
        repository.insertLog(
                new LogEntry(UUID.randomUUID(), incidentId, actor, now, outcome.strip(), IncidentStatus.CLOSED));
        log.info("Incident {} closed", incidentId);
    }
}
