package se.samverka.effort;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * Volunteers on shifts: signing up (a place, the waiting list or an application), withdrawing (the first waiting
 * moves up), and places given by a call-out; {@link ShiftApplications} has the coordinator's decision on an
 * application. Every change locks the shift row first; the database refuses more confirmed places than the maximum
 * and a second live sign-up of the same volunteer.
 */
@Service
public class ShiftSignups {

    /** The volunteer already has a live sign-up to the shift. */
    public static class AlreadySignedUp extends RuntimeException {
        AlreadySignedUp() {
            super("Already signed up");
        }
    }

    /** The shift does not take sign-ups (cancelled, started, or its effort is not published). */
    public static class NotOpen extends RuntimeException {
        NotOpen() {
            super("Shift not open");
        }
    }

    /** The shift has started: a withdrawal is too late. */
    public static class AlreadyStarted extends RuntimeException {
        AlreadyStarted() {
            super("Shift started");
        }
    }

    /** The shift is for adults only and the volunteer has not confirmed being 18 or older. */
    public static class AdultsOnly extends RuntimeException {
        AdultsOnly() {
            super("Adults only");
        }
    }

    /** The shift needs a safeguarding level the volunteer has not reached. */
    public static class SafeguardingNeeded extends RuntimeException {
        SafeguardingNeeded() {
            super("Safeguarding level needed");
        }
    }

    /** The volunteer is suspended: they may sign up for nothing until a coordinator lifts it. */
    public static class Suspended extends SafeguardingNeeded {}

    /** The shift needs a language the volunteer has not said they speak. */
    public static class LanguageNeeded extends RuntimeException {

        private final String language;

        LanguageNeeded(String language) {
            super("Language needed");
            this.language = language;
        }

        /** The language code the shift needs. */
        public String language() {
            return language;
        }
    }

    private final ShiftRepository shifts;
    private final SignupRepository signups;
    private final EffortRepository efforts;
    private final ShiftRequirements requirements;
    private final WaitingList waitingList;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShiftSignups(
            ShiftRepository shifts,
            SignupRepository signups,
            EffortRepository efforts,
            ShiftRequirements requirements,
            WaitingList waitingList,
            Volunteers volunteers,
            ApplicationEventPublisher events,
            Clock clock) {
        this.shifts = shifts;
        this.signups = signups;
        this.efforts = efforts;
        this.requirements = requirements;
        this.waitingList = waitingList;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs the volunteer up: an application waits for approval; otherwise a place while one is left, else the
     * waiting list. Returns the new status.
     */
    @Transactional
    public SignupStatus signUp(UUID shiftId, UUID volunteerId) {
        var shift = shifts.lock(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        var effort = efforts.find(shift.effortId()).orElseThrow();
        if (!takesSignups(effort, shift)) {
            throw new NotOpen();
        }
        if (signups.live(shiftId, volunteerId).isPresent()) {
            throw new AlreadySignedUp();
        }
        var volunteer = volunteers.find(volunteerId).orElseThrow(() -> new NotFoundException("Volunteer"));
        var now = clock.instant();
        requirements.check(shift, volunteer, now);
        SignupStatus status;
        Integer position = null;
        if (shift.isApplication()) {
            status = SignupStatus.APPLIED;
        } else if (!shift.isFull()) {
            status = SignupStatus.CONFIRMED;
        } else {
            status = SignupStatus.WAITING;
            position = signups.nextPosition(shiftId);
        }
        try {
            signups.insert(UUID.randomUUID(), shiftId, volunteerId, status, position, now);
        } catch (DuplicateKeyException e) {
            throw new AlreadySignedUp();
        }
        if (status == SignupStatus.CONFIRMED) {
            shifts.confirmed(shiftId, 1);
            if (shift.placesLeft() == 1) {
                events.publishEvent(new ShiftNoLongerOpen(shiftId, true));
            }
        }
        return status;
    }

    /**
     * Withdraws the volunteer's sign-up, refused once the shift has started. A freed place goes to the first on
     * the waiting list, who is told.
     */
    @Transactional
    public void withdraw(UUID signupId, UUID volunteerId) {
        var signup = signups.find(signupId)
                .filter(s -> s.volunteerId().equals(volunteerId))
                .orElseThrow(() -> new NotFoundException("Sign-up"));
        var shift = shifts.lock(signup.shiftId()).orElseThrow();
        signup = signups.find(signupId).orElseThrow();
        if (!signup.isLive()) {
            return;
        }
        if (shift.hasStarted(clock.instant(), clock.getZone())) {
            throw new AlreadyStarted();
        }
        var now = clock.instant();
        signups.status(signupId, SignupStatus.WITHDRAWN, null, now);
        if (signup.status() == SignupStatus.CONFIRMED) {
            shifts.confirmed(shift.id(), -1);
            waitingList.moveUp(shift, now);
        } else if (signup.status() == SignupStatus.WAITING) {
            signups.closeGap(shift.id(), signup.position());
        }
    }

    /**
     * Whether the volunteer meets the shift's requirements: its language, if any, adult-only and the
     * safeguarding level ({@link ShiftRequirements}).
     */
    @Transactional(readOnly = true)
    public boolean meetsRequirements(UUID shiftId, UUID volunteerId) {
        var shift = shifts.find(shiftId).orElse(null);
        var volunteer = volunteers.find(volunteerId).orElse(null);
        return shift != null && volunteer != null && requirements.met(shift, volunteer, clock.instant());
    }

    /** For call-outs: confirms a place for the volunteer if one is left. */
    boolean fillFromCallout(UUID shiftId, UUID volunteerId) {
        var shift = shifts.lock(shiftId).orElse(null);
        if (shift == null) {
            return false;
        }
        var effort = efforts.find(shift.effortId()).orElseThrow();
        if (!takesSignups(effort, shift) || shift.isFull() || !meetsRequirements(shiftId, volunteerId)) {
            return false;
        }
        var now = clock.instant();
        var live = signups.live(shiftId, volunteerId);
        if (live.isPresent()) {
            if (live.get().status() == SignupStatus.CONFIRMED) {
                return false;
            }
            signups.status(live.get().id(), SignupStatus.CONFIRMED, null, now);
        } else {
            signups.insert(UUID.randomUUID(), shiftId, volunteerId, SignupStatus.CONFIRMED, null, now);
        }
        shifts.confirmed(shiftId, 1);
        return true;
    }

    private boolean takesSignups(Effort effort, Shift shift) {
        return effort.takesSignups(shift, clock.instant(), clock.getZone());
    }
}
