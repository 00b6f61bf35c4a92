package se.samverka.crisis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.effort.UnvettedShift;
import se.samverka.effort.UnvettedShifts;
import se.samverka.effort.UnvettedShifts.Refusal;
import se.samverka.effort.UnvettedShifts.Refused;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * Tasks for spontaneous volunteers (issue 17 point 3): a shift that needs no safeguarding level, with a named vetted
 * partner on that shift until a coordinator records that their checks are completed. The effort module answers which
 * shifts qualify and locks the shift; this module keeps who goes where (spontaneous_shift, guarded by the database
 * too) and tells the person by SMS.
 */
@Service
class SpontaneousTasks {

    /** One of a person's shifts as the coordinators' list shows it. */
    record Task(UnvettedShift shift, UUID partnerVolunteerId, String partnerName, boolean checked) {

        /** Their partner is no longer confirmed on the shift (or the shift was cancelled): a coordinator must act. */
        public boolean flagged() {
            return shift.cancelled() || (!checked && partnerName == null);
        }

        public boolean partnerLeft() {
            return !checked && partnerName == null;
        }

        public boolean ended(LocalDate today, LocalTime now) {
            return shift.date().isBefore(today)
                    || (shift.date().equals(today) && !shift.to().isAfter(now));
        }
    }

    static final int OFFERED = 50;

    private final SpontaneousShiftRepository repository;
    private final UnvettedShifts shifts;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    SpontaneousTasks(
            SpontaneousShiftRepository repository,
            UnvettedShifts shifts,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.repository = repository;
        this.shifts = shifts;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<UnvettedShift> eligible() {
        return shifts.eligible(OFFERED);
    }

    @Transactional(readOnly = true)
    Optional<UnvettedShift> shift(UUID shiftId) {
        return shifts.shift(shiftId);
    }

    /**
     * Gives the person the shift with the partner (null: none, allowed only once their checks are completed), or
     * gives them a new partner on a shift they already have. Same shift and partner again changes nothing and sends
     * nothing.
     *
     * @throws Refused when the shift or the partner does not qualify
     */
    @Transactional
    UnvettedShift pair(UUID spontaneousId, UUID shiftId, UUID partnerVolunteerId, String by) {
        var person =
                repository.lockPerson(spontaneousId).orElseThrow(() -> new NotFoundException("Spontaneous volunteer"));
        if (partnerVolunteerId == null && !person.checked()) {
            throw new Refused(Refusal.NO_PARTNER);
        }
        var existing = repository.find(spontaneousId, shiftId);
        var shift = shifts.lockForUnvetted(shiftId, partnerVolunteerId, existing.isEmpty());
        var now = clock.instant();
        UUID pairingId;
        try {
            if (existing.isPresent()) {
                if (java.util.Objects.equals(existing.get().partnerVolunteerId(), partnerVolunteerId)) {
                    return shift;
                }
                pairingId = existing.get().id();
                repository.partner(pairingId, partnerVolunteerId, person.checked(), by, now);
            } else {
                pairingId = UUID.randomUUID();
                repository.insert(
                        new SpontaneousShiftRepository.Pairing(pairingId, spontaneousId, shiftId, partnerVolunteerId),
                        person.checked(),
                        by,
                        now);
            }
        } catch (DataIntegrityViolationException e) {
            // the database's guard (V301): a level on the shift or a partner not on it, whatever the check above saw
            throw new Refused(
                    String.valueOf(e.getMessage()).contains("partner") ? Refusal.NO_PARTNER : Refusal.NEEDS_LEVEL);
        }
        audit.record(
                AuditAction.CHANGE,
                PersonRef.spontaneous(spontaneousId),
                "spontaneous.task",
                "shift " + shiftId + (partnerVolunteerId == null ? " without partner" : " with a vetted partner"));
        var partnerName = partnerVolunteerId == null
                ? null
                : shift.vettedPerson(partnerVolunteerId).orElseThrow().name();
        events.publishEvent(new SpontaneousVolunteerPaired(
                pairingId,
                partnerVolunteerId,
                person.phone(),
                person.locale(),
                shift.effortTitle(),
                shift.date(),
                shift.from(),
                shift.to(),
                shift.place(),
                partnerName));
        return shift;
    }

    @Transactional
    boolean remove(UUID spontaneousId, UUID shiftId) {
        var removed = repository.remove(spontaneousId, shiftId) > 0;
        if (removed) {
            audit.record(
                    AuditAction.CHANGE,
                    PersonRef.spontaneous(spontaneousId),
                    "spontaneous.task",
                    "taken off shift " + shiftId);
        }
        return removed;
    }

    @Transactional(readOnly = true)
    Optional<SpontaneousShiftRepository.Checks> checks(UUID spontaneousId) {
        return repository.checks(spontaneousId);
    }

    /** Records that staff completed the person's checks (who and when; audited); false if recorded before. */
    @Transactional
    boolean completeChecks(UUID spontaneousId, String by) {
        repository.lockPerson(spontaneousId).orElseThrow(() -> new NotFoundException("Spontaneous volunteer"));
        var done = repository.completeChecks(spontaneousId, by, clock.instant());
        if (done) {
            audit.record(
                    AuditAction.CHANGE,
                    PersonRef.spontaneous(spontaneousId),
                    "spontaneous.checks",
                    "checks completed by " + by);
        }
        return done;
    }

    /** The shifts of each person listed, with partners named from the shifts' confirmed volunteers now. */
    @Transactional(readOnly = true)
    Map<UUID, List<Task>> tasksOf(List<SpontaneousVolunteer> people) {
        var checked = people.stream()
                .collect(Collectors.toMap(SpontaneousVolunteer::id, SpontaneousVolunteer::checked, (a, b) -> a));
        var pairings = repository.of(List.copyOf(checked.keySet()));
        var cache = new HashMap<UUID, Optional<UnvettedShift>>();
        var result = new HashMap<UUID, List<Task>>();
        for (var p : pairings) {
            var shift = cache.computeIfAbsent(p.shiftId(), shifts::shift);
            if (shift.isEmpty()) {
                continue;
            }
            var partnerName = p.partnerVolunteerId() == null
                    ? null
                    : shift.get()
                            .vettedPerson(p.partnerVolunteerId())
                            .map(v -> v.name())
                            .orElse(null);
            result.computeIfAbsent(p.spontaneousId(), k -> new java.util.ArrayList<>())
                    .add(new Task(shift.get(), p.partnerVolunteerId(), partnerName, checked.get(p.spontaneousId())));
        }
        return result;
    }
}
