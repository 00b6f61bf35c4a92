package se.samverka.safetypoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupStatus;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Check-in and check-out at a safety point by a volunteer confirmed on one of its shifts today; who is there now and
 * how many hours each volunteer has given there.
 */
@Service
class CheckIns {

    /** A volunteer's confirmed shift at the point today, with its check-in once there is one. */
    record MyShift(Shift shift, CheckIn checkIn) {

        public boolean checkedIn() {
            return checkIn != null && checkIn.isPresent();
        }

        public boolean checkedOut() {
            return checkIn != null && !checkIn.isPresent();
        }
    }

    /** A volunteer at the point now. */
    record Present(String name, String shiftTitle, Instant since) {}

    /** Hours a volunteer has given at the point, counting a stay still going until now. */
    record Hours(String name, Duration total, boolean present) {

        public String hours() {
            return String.format("%d:%02d", total.toHours(), total.toMinutesPart());
        }
    }

    enum Outcome {
        CHECKED_IN,
        CHECKED_OUT,
        ALREADY_IN,
        NOT_IN,
        NO_SHIFT
    }

    private final SafetyPoints points;
    private final CheckInRepository repository;
    private final Efforts efforts;
    private final Volunteers volunteers;
    private final Clock clock;

    CheckIns(SafetyPoints points, CheckInRepository repository, Efforts efforts, Volunteers volunteers, Clock clock) {
        this.points = points;
        this.repository = repository;
        this.efforts = efforts;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** The volunteer's confirmed shifts at the point today, earliest first; empty when they have none there. */
    @Transactional(readOnly = true)
    List<MyShift> myShiftsToday(SafetyPoint point, UUID volunteerId) {
        var mine = new ArrayList<MyShift>();
        for (var shift : points.shiftsToday(point)) {
            var confirmed = efforts.signups(shift.id()).stream()
                    .anyMatch(s -> s.volunteerId().equals(volunteerId) && s.status() == SignupStatus.CONFIRMED);
            if (confirmed) {
                mine.add(new MyShift(
                        shift, repository.of(shift.id(), volunteerId).orElse(null)));
            }
        }
        return mine;
    }

    /** Checks in for the first of today's shifts not checked in yet. Pressing twice checks in once. */
    @Transactional
    Outcome checkIn(UUID pointId, UUID volunteerId) {
        var mine = myShiftsToday(point(pointId), volunteerId);
        if (mine.isEmpty()) {
            return Outcome.NO_SHIFT;
        }
        if (mine.stream().anyMatch(MyShift::checkedIn)) {
            return Outcome.ALREADY_IN;
        }
        var next = mine.stream().filter(m -> m.checkIn() == null).findFirst();
        if (next.isEmpty()) {
            return Outcome.ALREADY_IN;
        }
        // the same press twice at once: the database keeps one check-in per volunteer and shift
        return repository.insert(new CheckIn(
                        UUID.randomUUID(), pointId, next.get().shift().id(), volunteerId, clock.instant(), null))
                ? Outcome.CHECKED_IN
                : Outcome.ALREADY_IN;
    }

    @Transactional
    Outcome checkOut(UUID pointId, UUID volunteerId) {
        var mine = myShiftsToday(point(pointId), volunteerId);
        if (mine.isEmpty()) {
            return Outcome.NO_SHIFT;
        }
        var open = mine.stream().filter(MyShift::checkedIn).findFirst();
        if (open.isEmpty() || !repository.checkOut(open.get().checkIn().id(), clock.instant())) {
            return Outcome.NOT_IN;
        }
        return Outcome.CHECKED_OUT;
    }

    /** Every check-in at the point, earliest first: for who is there now, the hours, and the audit log. */
    @Transactional(readOnly = true)
    List<CheckIn> all(UUID pointId) {
        return repository.at(pointId);
    }

    List<Present> present(List<CheckIn> all) {
        var titles = new LinkedHashMap<UUID, String>();
        return all.stream()
                .filter(CheckIn::isPresent)
                .map(c -> new Present(
                        name(c.volunteerId()),
                        titles.computeIfAbsent(
                                c.shiftId(),
                                id -> efforts.shift(id).map(Shift::title).orElse("")),
                        c.checkedInAt()))
                .toList();
    }

    List<Hours> hours(List<CheckIn> all) {
        var now = clock.instant();
        var totals = new LinkedHashMap<UUID, Duration>();
        var present = new LinkedHashMap<UUID, Boolean>();
        for (var c : all) {
            totals.merge(c.volunteerId(), c.duration(now), Duration::plus);
            present.merge(c.volunteerId(), c.isPresent(), Boolean::logicalOr);
        }
        return totals.entrySet().stream()
                .map(e -> new Hours(name(e.getKey()), e.getValue(), present.get(e.getKey())))
                .toList();
    }

    Optional<VolunteerProfile> volunteerOfAccount(UUID accountId) {
        return volunteers.findByAccount(accountId);
    }

    private String name(UUID volunteerId) {
        return volunteers.find(volunteerId).map(VolunteerProfile::name).orElse("");
    }

    private SafetyPoint point(UUID id) {
        return points.find(id).orElseThrow(() -> new NotFoundException("SafetyPoint"));
    }
}
