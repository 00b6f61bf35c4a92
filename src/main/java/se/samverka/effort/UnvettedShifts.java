package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;

/**
 * Shifts for people outside the everyday vetting (issue 17 point 3): only shifts that need no safeguarding level,
 * have not ended, are not full and have at least one registered volunteer confirmed on them, who is the person the
 * unvetted one works with. The module that keeps those people stores who goes where; this module only answers and
 * locks.
 */
@Service
public class UnvettedShifts {

    /** Why a shift cannot be given to an unvetted person. */
    public enum Refusal {
        GONE,
        ENDED,
        NEEDS_LEVEL,
        FULL,
        NO_PARTNER
    }

    /** The shift cannot be given (see {@link #reason()}). */
    public static class Refused extends RuntimeException {

        private final Refusal reason;

        public Refused(Refusal reason) {
            super("shift refused for an unvetted person: " + reason);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private final UnvettedShiftRepository shifts;
    private final ShiftRepository effortShifts;
    private final Rosters rosters;
    private final Clock clock;

    UnvettedShifts(UnvettedShiftRepository shifts, ShiftRepository effortShifts, Rosters rosters, Clock clock) {
        this.shifts = shifts;
        this.effortShifts = effortShifts;
        this.rosters = rosters;
        this.clock = clock;
    }

    /** The shifts an unvetted person can be given now, soonest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<UnvettedShift> eligible(int limit) {
        return shifts.eligible(LocalDate.now(clock), LocalTime.now(clock), limit).stream()
                .map(this::withVetted)
                .toList();
    }

    /** Any shift, whatever its state, with the vetted people now confirmed on it. */
    @Transactional(readOnly = true)
    public Optional<UnvettedShift> shift(UUID shiftId) {
        return shifts.find(shiftId).map(this::withVetted);
    }

    /**
     * Locks the shift row for the caller's transaction and checks that it may be given to an unvetted person with the
     * partner (null: none, for someone whose checks are completed). While the lock is held no sign-up, withdrawal or
     * change of the shift can slip in between the check and the caller's write.
     *
     * @param newPlace false when the person already has this shift and only the partner changes (a full shift is
     *     then no reason to refuse)
     * @throws Refused when it may not
     */
    @Transactional
    public UnvettedShift lockForUnvetted(UUID shiftId, UUID partnerVolunteerId, boolean newPlace) {
        effortShifts.lock(shiftId).orElseThrow(() -> new Refused(Refusal.GONE));
        var shift = shifts.find(shiftId).map(this::withVetted).orElseThrow(() -> new NotFoundException("Shift"));
        var today = LocalDate.now(clock);
        if (shift.cancelled() || !shifts.effortPublished(shift.effortId())) {
            throw new Refused(Refusal.GONE);
        }
        if (shift.date().isBefore(today)
                || (shift.date().equals(today) && !shift.to().isAfter(LocalTime.now(clock)))) {
            throw new Refused(Refusal.ENDED);
        }
        if (shift.needsLevel()) {
            throw new Refused(Refusal.NEEDS_LEVEL);
        }
        if (newPlace && shift.placesLeft() == 0) {
            throw new Refused(Refusal.FULL);
        }
        if (partnerVolunteerId != null && shift.vettedPerson(partnerVolunteerId).isEmpty()) {
            throw new Refused(Refusal.NO_PARTNER);
        }
        return shift;
    }

    private UnvettedShift withVetted(UnvettedShiftRepository.Row row) {
        var vetted = rosters.on(row.shiftId()).stream()
                .filter(s -> s.status() == SignupStatus.CONFIRMED)
                .map(s -> new VettedPerson(s.volunteerId(), s.volunteerName()))
                .toList();
        return row.with(vetted);
    }
}
