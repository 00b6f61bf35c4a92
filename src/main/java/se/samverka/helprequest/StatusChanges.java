package se.samverka.helprequest;

import static se.samverka.helprequest.HelpRequestStatus.ASSIGNED;
import static se.samverka.helprequest.HelpRequestStatus.CANCELLED;
import static se.samverka.helprequest.HelpRequestStatus.DONE;
import static se.samverka.helprequest.HelpRequestStatus.NEW;
import static se.samverka.helprequest.HelpRequestStatus.NOT_HELPED;
import static se.samverka.helprequest.HelpRequestStatus.OPEN;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverka.shared.NotFoundException;

/**
 * A request's way from new to closed, within the caller's transaction. Every change is conditional on the status the
 * caller saw and writes a line of history; closing a weekly request schedules its next occurrence.
 */
@Component
class StatusChanges {

    private final HelpRequestRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RiskGroups riskGroups;
    private final HelpRequestMetrics metrics;

    StatusChanges(
            HelpRequestRepository repository,
            ApplicationEventPublisher events,
            Clock clock,
            RiskGroups riskGroups,
            HelpRequestMetrics metrics) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.riskGroups = riskGroups;
        this.metrics = metrics;
    }

    void open(UUID id, String actor) {
        change(id, Set.of(NEW), OPEN, actor, "OPENED", null, null);
    }

    void markAssigned(UUID id, String actor, String detail) {
        var request = change(id, Set.of(NEW, OPEN), ASSIGNED, actor, "ASSIGNED", detail, null);
        metrics.filled(Duration.between(request.createdAt(), clock.instant()));
    }

    void returnToQueue(UUID id, String actor, String reason) {
        change(id, Set.of(ASSIGNED), OPEN, actor, "RETURNED", reason, null);
    }

    void markDone(UUID id, String actor, String detail) {
        change(id, Set.of(ASSIGNED), DONE, actor, "DONE", detail, null);
        scheduleNextOccurrence(id, actor);
    }

    void cancel(UUID id, String actor, String reason, boolean endSeries) {
        var before = change(
                id,
                Set.of(NEW, OPEN, ASSIGNED),
                CANCELLED,
                actor,
                endSeries ? "CANCELLED_SERIES" : "CANCELLED",
                reason,
                null);
        events.publishEvent(new HelpRequestClosed(id, before.number(), CANCELLED, before.status()));
        if (!endSeries) {
            scheduleNextOccurrence(id, actor);
        }
    }

    void markNotHelped(UUID id, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        var before = change(id, Set.of(NEW, OPEN, ASSIGNED), NOT_HELPED, actor, "NOT_HELPED", reason, reason);
        events.publishEvent(new HelpRequestClosed(id, before.number(), NOT_HELPED, before.status()));
        scheduleNextOccurrence(id, actor);
    }

    /** Returns the request as it was before the change. */
    private HelpRequest change(
            UUID id,
            Set<HelpRequestStatus> from,
            HelpRequestStatus to,
            String actor,
            String action,
            String detail,
            String notHelpedReason) {
        var current = repository.find(id).orElseThrow(() -> new NotFoundException("Help request"));
        var now = clock.instant();
        if (!from.contains(current.status()) || !repository.changeStatus(id, from, to, notHelpedReason, now)) {
            throw new IllegalStatusChange("Request " + current.number() + " is " + current.status());
        }
        repository.addHistory(id, now, actor, action, current.status(), to, detail);
        return current;
    }

    /** A weekly request's next occurrence, one week on; idempotent through the series/date key. */
    private void scheduleNextOccurrence(UUID id, String actor) {
        var done = repository.find(id).orElseThrow();
        if (done.recurrence() != Recurrence.WEEKLY) {
            return;
        }
        var nextDate = done.date().plusWeeks(1);
        if (repository.existsInSeries(done.seriesId(), nextDate)) {
            return;
        }
        var next = new NewHelpRequest(
                done.residentName(),
                done.residentPhone(),
                done.streetAddress(),
                done.districtId(),
                done.kind(),
                done.description(),
                nextDate,
                done.timeFrom(),
                done.timeTo(),
                done.recurrence(),
                done.paymentMethod(),
                done.codeWord(),
                null,
                done.language(),
                done.channel(),
                done.submitterName(),
                done.submitterPhone(),
                done.submitterRelation());
        var nextId = UUID.randomUUID();
        var now = clock.instant();
        repository.insert(nextId, repository.nextNumber(), done.seriesId(), next, nextDate, OPEN, now);
        riskGroups.carryOver(done.id(), nextId, actor);
        repository.addHistory(nextId, now, actor, "NEXT_OCCURRENCE", null, OPEN, "#" + done.number());
    }
}
