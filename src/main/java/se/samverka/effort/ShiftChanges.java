package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;

/**
 * Changes to a shift after it was published: time, place and size. Everyone signed up (confirmed, applying or
 * waiting) is told once per change when the time or the place moved; a larger size gives places to the waiting
 * list in order. The size never goes below those already confirmed (the database's check agrees).
 */
@Service
class ShiftChanges {

    private final ShiftRepository shifts;
    private final SignupRepository signups;
    private final EffortRepository efforts;
    private final WaitingList waitingList;
    private final ShiftNotices notices;
    private final Clock clock;

    ShiftChanges(
            ShiftRepository shifts,
            SignupRepository signups,
            EffortRepository efforts,
            WaitingList waitingList,
            ShiftNotices notices,
            Clock clock) {
        this.shifts = shifts;
        this.signups = signups;
        this.efforts = efforts;
        this.waitingList = waitingList;
        this.notices = notices;
        this.clock = clock;
    }

    /** More people are confirmed than the new size allows. */
    static class BelowConfirmed extends RuntimeException {}

    /** Whether another open shift of the effort at the place overlaps the time on that date. */
    @Transactional(readOnly = true)
    boolean overlapsOther(UUID effortId, UUID shiftId, String place, LocalDate date, LocalTime from, LocalTime to) {
        return shifts.of(effortId).stream()
                .anyMatch(s -> !s.cancelled()
                        && !s.id().equals(shiftId)
                        && s.date().equals(date)
                        && s.place().strip().equalsIgnoreCase(place.strip())
                        && s.from().isBefore(to)
                        && from.isBefore(s.to()));
    }

    /** Applies the change; returns how many people were told. */
    @Transactional
    int change(UUID shiftId, LocalDate date, LocalTime from, LocalTime to, String place, int min, int max) {
        var before = shifts.lock(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        if (before.cancelled()) {
            throw new NotFoundException("Shift");
        }
        if (max < before.confirmed()) {
            throw new BelowConfirmed();
        }
        var newPlace = place.strip();
        shifts.update(shiftId, date, from, to, newPlace, min, max);
        var after = shifts.find(shiftId).orElseThrow();
        var now = clock.instant();
        for (int free = after.placesLeft(); free > 0; free--) {
            if (!waitingList.moveUp(after, now)) {
                break;
            }
            after = shifts.find(shiftId).orElseThrow();
        }
        var moved = !before.date().equals(date)
                || !before.from().equals(from)
                || !before.to().equals(to)
                || !before.place().equals(newPlace);
        if (!moved) {
            return 0;
        }
        var effort = efforts.find(before.effortId()).orElseThrow();
        var changeId = UUID.randomUUID();
        var was = before.date() + " " + before.from() + "–" + before.to() + ", " + before.place();
        var told = 0;
        for (var signup : signups.on(shiftId)) {
            if (signup.isLive()
                    && notices.tell(
                            ShiftNotice.Reason.SHIFT_CHANGED, changeId, signup.volunteerId(), effort, after, was)) {
                told++;
            }
        }
        return told;
    }
}
