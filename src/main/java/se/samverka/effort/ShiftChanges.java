package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * Changes to a shift after it was published: time, place and size. Everyone signed up (confirmed, applying or
 * waiting) is told once per change when the time or the place moved; a larger size gives places to the waiting
 * list in order. The size never goes below those already confirmed (the database's check agrees).
 */
@Service
class ShiftChanges {

    private final EffortRepository repository;
    private final ShiftSignups signups;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShiftChanges(
            EffortRepository repository,
            ShiftSignups signups,
            Volunteers volunteers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.signups = signups;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    /** More people are confirmed than the new size allows. */
    static class BelowConfirmed extends RuntimeException {}

    /** Whether another open shift of the effort at the place overlaps the time on that date. */
    @Transactional(readOnly = true)
    boolean overlapsOther(UUID effortId, UUID shiftId, String place, LocalDate date, LocalTime from, LocalTime to) {
        return repository.shifts(effortId).stream()
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
        var before = repository.lockShift(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        if (before.cancelled()) {
            throw new NotFoundException("Shift");
        }
        if (max < before.confirmed()) {
            throw new BelowConfirmed();
        }
        var newPlace = place.strip();
        repository.updateShift(shiftId, date, from, to, newPlace, min, max);
        var after = repository.shift(shiftId).orElseThrow();
        var now = clock.instant();
        for (int free = after.placesLeft(); free > 0; free--) {
            if (!signups.moveUp(after, now)) {
                break;
            }
            after = repository.shift(shiftId).orElseThrow();
        }
        var moved = !before.date().equals(date)
                || !before.from().equals(from)
                || !before.to().equals(to)
                || !before.place().equals(newPlace);
        if (!moved) {
            return 0;
        }
        var effort = repository.find(before.effortId()).orElseThrow();
        var changeId = UUID.randomUUID();
        var was = before.date() + " " + before.from() + "–" + before.to() + ", " + before.place();
        var told = 0;
        for (var signup : repository.signups(shiftId)) {
            if (!signup.isLive()) {
                continue;
            }
            var volunteer = volunteers.find(signup.volunteerId());
            if (volunteer.isPresent()) {
                events.publishEvent(Efforts.notice(
                        ShiftNotice.Reason.SHIFT_CHANGED, changeId, volunteer.get(), effort, after, was));
                told++;
            }
        }
        return told;
    }
}
