package se.samverka.effort;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.Eligibility;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Volunteers on shifts: signing up (a place, the waiting list or an application), withdrawing (the first
 * waiting moves up), the coordinator's decision on an application, and places given by a call-out. Every
 * change locks the shift row first; the database refuses more confirmed places than the maximum and a second
 * live sign-up of the same volunteer.
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

    /** The shift is full: an application cannot be approved. */
    public static class Full extends RuntimeException {
        Full() {
            super("Shift full");
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

    private final EffortRepository repository;
    private final Efforts efforts;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final Safeguarding safeguarding;
    private final Clock clock;

    ShiftSignups(
            EffortRepository repository,
            Efforts efforts,
            Volunteers volunteers,
            ApplicationEventPublisher events,
            Safeguarding safeguarding,
            Clock clock) {
        this.repository = repository;
        this.safeguarding = safeguarding;
        this.efforts = efforts;
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
        var shift = repository.lockShift(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        var effort = repository.find(shift.effortId()).orElseThrow();
        if (!efforts.takesSignups(effort, shift)) {
            throw new NotOpen();
        }
        if (repository.liveSignup(shiftId, volunteerId).isPresent()) {
            throw new AlreadySignedUp();
        }
        var volunteer = volunteers.find(volunteerId).orElseThrow(() -> new NotFoundException("Volunteer"));
        if (shift.adultOnly() && !volunteer.isAdult()) {
            throw new AdultsOnly();
        }
        if (!speaks(volunteer, shift)) {
            throw new LanguageNeeded(shift.language());
        }
        var now = clock.instant();
        if (!checked(volunteerId, shift, now)) {
            throw safeguarding.levelOf(volunteerId, now) == Safeguarding.SUSPENDED
                    ? new Suspended()
                    : new SafeguardingNeeded();
        }
        SignupStatus status;
        Integer position = null;
        if (shift.isApplication()) {
            status = SignupStatus.APPLIED;
        } else if (!shift.isFull()) {
            status = SignupStatus.CONFIRMED;
        } else {
            status = SignupStatus.WAITING;
            position = repository.nextPosition(shiftId);
        }
        try {
            repository.insertSignup(UUID.randomUUID(), shiftId, volunteerId, status, position, now);
        } catch (DuplicateKeyException e) {
            throw new AlreadySignedUp();
        }
        if (status == SignupStatus.CONFIRMED) {
            repository.confirmed(shiftId, 1);
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
        var signup = repository
                .signup(signupId)
                .filter(s -> s.volunteerId().equals(volunteerId))
                .orElseThrow(() -> new NotFoundException("Sign-up"));
        var shift = repository.lockShift(signup.shiftId()).orElseThrow();
        signup = repository.signup(signupId).orElseThrow();
        if (!signup.isLive()) {
            return;
        }
        if (efforts.started(shift)) {
            throw new AlreadyStarted();
        }
        var now = clock.instant();
        repository.signupStatus(signupId, SignupStatus.WITHDRAWN, null, now);
        if (signup.status() == SignupStatus.CONFIRMED) {
            repository.confirmed(shift.id(), -1);
            moveUp(shift, now);
        } else if (signup.status() == SignupStatus.WAITING) {
            repository.closeGap(shift.id(), signup.position());
        }
    }

    /** Gives a free place to the first on the waiting list, who is told; returns whether anyone moved up. */
    boolean moveUp(Shift shift, Instant now) {
        if (shift.cancelled()) {
            return false;
        }
        var waiting = repository.firstWaiting(shift.id());
        waiting.ifPresent(first -> {
            repository.signupStatus(first.id(), SignupStatus.CONFIRMED, null, now);
            repository.confirmed(shift.id(), 1);
            repository.closeGap(shift.id(), first.position());
            var effort = repository.find(shift.effortId()).orElseThrow();
            volunteers
                    .find(first.volunteerId())
                    .ifPresent(v -> events.publishEvent(
                            Efforts.notice(ShiftNotice.Reason.MOVED_UP, first.id(), v, effort, shift, null)));
        });
        return waiting.isPresent();
    }

    /** The coordinator approves an application: a place if one is left. */
    @Transactional
    public void approve(UUID signupId) {
        var signup = repository.signup(signupId).orElseThrow(() -> new NotFoundException("Sign-up"));
        var shift = repository.lockShift(signup.shiftId()).orElseThrow();
        signup = repository.signup(signupId).orElseThrow();
        if (signup.status() != SignupStatus.APPLIED) {
            return;
        }
        if (shift.isFull()) {
            throw new Full();
        }
        repository.signupStatus(signupId, SignupStatus.CONFIRMED, null, clock.instant());
        repository.confirmed(shift.id(), 1);
        if (shift.placesLeft() == 1) {
            events.publishEvent(new ShiftNoLongerOpen(shift.id(), true));
        }
        var effort = repository.find(shift.effortId()).orElseThrow();
        volunteers
                .find(signup.volunteerId())
                .ifPresent(v -> events.publishEvent(
                        Efforts.notice(ShiftNotice.Reason.APPROVED, signupId, v, effort, shift, null)));
    }

    @Transactional
    public void reject(UUID signupId) {
        var signup = repository.signup(signupId).orElseThrow(() -> new NotFoundException("Sign-up"));
        repository.lockShift(signup.shiftId());
        signup = repository.signup(signupId).orElseThrow();
        if (signup.status() != SignupStatus.APPLIED) {
            return;
        }
        repository.signupStatus(signupId, SignupStatus.REJECTED, null, clock.instant());
        var shift = repository.shift(signup.shiftId()).orElseThrow();
        var effort = repository.find(shift.effortId()).orElseThrow();
        volunteers
                .find(signup.volunteerId())
                .ifPresent(v -> events.publishEvent(
                        Efforts.notice(ShiftNotice.Reason.REJECTED, signupId, v, effort, shift, null)));
    }

    /**
     * Whether the volunteer meets the shift's requirements: its language, if any, adult-only and the
     * safeguarding level. Language and level are the call-out's own rules ({@link Eligibility}), so a call-out
     * for the shift and a sign-up to it agree; adult-only is the shift's own.
     */
    @Transactional(readOnly = true)
    public boolean meetsRequirements(UUID shiftId, UUID volunteerId) {
        var shift = repository.shift(shiftId).orElse(null);
        var volunteer = volunteers.find(volunteerId).orElse(null);
        return shift != null
                && volunteer != null
                && (!shift.adultOnly() || volunteer.isAdult())
                && speaks(volunteer, shift)
                && checked(volunteerId, shift, clock.instant());
    }

    private boolean checked(UUID volunteerId, Shift shift, Instant now) {
        // always asked, also for shifts that need no checks: a suspended volunteer is below every level
        return Eligibility.safeguarded(safeguarding.levelOf(volunteerId, now), shift.safeguardingLevel());
    }

    private static boolean speaks(VolunteerProfile volunteer, Shift shift) {
        return Eligibility.speaks(volunteer.languages(), shift.language());
    }

    /** For call-outs: confirms a place for the volunteer if one is left. */
    boolean fillFromCallout(UUID shiftId, UUID volunteerId) {
        var shift = repository.lockShift(shiftId).orElse(null);
        if (shift == null) {
            return false;
        }
        var effort = repository.find(shift.effortId()).orElseThrow();
        if (!efforts.takesSignups(effort, shift) || shift.isFull() || !meetsRequirements(shiftId, volunteerId)) {
            return false;
        }
        var now = clock.instant();
        var live = repository.liveSignup(shiftId, volunteerId);
        if (live.isPresent()) {
            if (live.get().status() == SignupStatus.CONFIRMED) {
                return false;
            }
            repository.signupStatus(live.get().id(), SignupStatus.CONFIRMED, null, now);
        } else {
            repository.insertSignup(UUID.randomUUID(), shiftId, volunteerId, SignupStatus.CONFIRMED, null, now);
        }
        repository.confirmed(shiftId, 1);
        return true;
    }
}
