package se.samverka.safetypoint;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.effort.Effort;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.shared.NotFoundException;

/**
 * Safety points: coordinators keep them, the public sees the open and full ones. A point is staffed by the shifts
 * of one municipal effort (the effort module runs the shifts, sign-ups and rosters; this module only reads them).
 */
@Service
public class SafetyPoints {

    static final int PAGE_SIZE = 25;

    /** The effort is linked to another safety point already. */
    static class EffortTaken extends RuntimeException {}

    /** The effort is unknown, not the municipality's, or closed. */
    static class EffortNotLinkable extends RuntimeException {}

    private final SafetyPointRepository repository;
    private final Efforts efforts;
    private final Clock clock;

    SafetyPoints(SafetyPointRepository repository, Efforts efforts, Clock clock) {
        this.repository = repository;
        this.efforts = efforts;
        this.clock = clock;
    }

    /** The open and full safety points, by district and name: what the public page and the API show. */
    @Transactional(readOnly = true)
    public List<SafetyPoint> publicPoints() {
        return repository.publicPoints();
    }

    @Transactional(readOnly = true)
    public Optional<SafetyPoint> find(UUID id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    SafetyPointPage page(String districtId, SafetyPointStatus status, int page) {
        var total = repository.count(districtId, status);
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var shown = Math.min(Math.max(1, page), pages);
        return new SafetyPointPage(
                repository.page(districtId, status, (shown - 1) * PAGE_SIZE, PAGE_SIZE), shown, pages, total);
    }

    @Transactional
    UUID create(SafetyPoint point, String by) {
        var id = UUID.randomUUID();
        checkEffort(point.effortId());
        try {
            repository.insert(
                    new SafetyPoint(
                            id,
                            point.name(),
                            point.address(),
                            point.districtId(),
                            point.openingHours(),
                            point.capacity(),
                            point.status(),
                            point.publicNote(),
                            point.effortId()),
                    by,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new EffortTaken();
        }
        return id;
    }

    @Transactional
    void update(SafetyPoint point) {
        var before = repository.find(point.id()).orElseThrow(() -> new NotFoundException("SafetyPoint"));
        if (point.effortId() != null && !point.effortId().equals(before.effortId())) {
            checkEffort(point.effortId());
        }
        try {
            repository.update(point, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new EffortTaken();
        }
    }

    /** One click: open, full or closed (the page asks before closing). */
    @Transactional
    void changeStatus(UUID id, SafetyPointStatus status) {
        var point = repository.find(id).orElseThrow(() -> new NotFoundException("SafetyPoint"));
        if (point.status() != status) {
            repository.update(point.withStatus(status), clock.instant());
        }
    }

    /**
     * The municipality's efforts a point may be staffed by: not closed, newest period first, and the one linked now
     * ({@code current}, may be null) even when closed, so that saving the form keeps it.
     */
    @Transactional(readOnly = true)
    List<Effort> linkableEfforts(UUID current) {
        return efforts.ownedBy(null).stream()
                .filter(e -> !e.isClosed() || e.id().equals(current))
                .sorted(Comparator.comparing(Effort::periodStart).reversed())
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<Effort> effort(SafetyPoint point) {
        return point.effortId() == null ? Optional.empty() : efforts.find(point.effortId());
    }

    /** The point's shifts today that are not cancelled, earliest first. */
    @Transactional(readOnly = true)
    List<Shift> shiftsToday(SafetyPoint point) {
        if (point.effortId() == null) {
            return List.of();
        }
        var today = today();
        return efforts.shifts(point.effortId()).stream()
                .filter(s -> !s.cancelled() && s.date().equals(today))
                .sorted(Comparator.comparing(Shift::from))
                .toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private void checkEffort(UUID effortId) {
        if (effortId == null) {
            return;
        }
        var effort = efforts.find(effortId).orElseThrow(EffortNotLinkable::new);
        if (effort.organisationId() != null || effort.isClosed()) {
            throw new EffortNotLinkable();
        }
    }
}
