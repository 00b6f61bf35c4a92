package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Efforts and their shifts: created and run by their owner, listed publicly while published, cancelled and
 * closed with everyone on them told. Volunteers sign up through {@link ShiftSignups}.
 */
@Service
public class Efforts {

    private final EffortRepository repository;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EffortSearch search;

    Efforts(
            EffortRepository repository,
            Volunteers volunteers,
            ApplicationEventPublisher events,
            Clock clock,
            EffortSearch search) {
        this.search = search;
        this.repository = repository;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    // reading

    /** Staff search: efforts by part of the title, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<EffortHit> search(String text, int limit) {
        return search.search(text, Math.max(0, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    public Optional<Effort> find(UUID id) {
        return repository.find(id);
    }

    /** An organisation's efforts, or (null) the departments' efforts. */
    @Transactional(readOnly = true)
    public List<Effort> ownedBy(UUID organisationId) {
        return repository.ownedBy(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<Shift> shift(UUID id) {
        return repository.shift(id);
    }

    @Transactional(readOnly = true)
    public List<Shift> shifts(UUID effortId) {
        return repository.shifts(effortId);
    }

    /** The open shifts of the day in the district, earliest first, for the coordinators' run sheet. */
    @Transactional(readOnly = true)
    public List<Shift> shiftsOn(LocalDate date, String districtId) {
        return repository.shiftsOn(date, districtId);
    }

    @Transactional(readOnly = true)
    public List<Signup> signups(UUID shiftId) {
        return repository.signups(shiftId);
    }

    @Transactional(readOnly = true)
    public List<Effort> listed(String districtId, HelpKind kind, LocalDate date, int offset, int limit) {
        return repository.listed(districtId, kind, date, today(), offset, limit);
    }

    /**
     * The public listing for the API, a page at a time by key: efforts after the one starting {@code afterStart}
     * with id {@code afterId} (null for the first page), in order of period start and id.
     */
    @Transactional(readOnly = true)
    public List<Effort> listedAfter(
            String districtId,
            HelpKind kind,
            LocalDate date,
            String language,
            LocalDate afterStart,
            UUID afterId,
            int limit) {
        return repository.listedAfter(districtId, kind, date, language, today(), afterStart, afterId, limit);
    }

    /** The shifts of a published effort that the public sees: not cancelled, not started. */
    @Transactional(readOnly = true)
    public List<Shift> openShifts(UUID effortId) {
        return repository.shifts(effortId).stream()
                .filter(s -> !s.cancelled() && !started(s))
                .toList();
    }

    @Transactional(readOnly = true)
    public int countListed(String districtId, HelpKind kind, LocalDate date) {
        return repository.countListed(districtId, kind, date, today());
    }

    /** The volunteers on the owner's efforts: name, e-mail, phone and how many live sign-ups. */
    @Transactional(readOnly = true)
    public List<Object[]> volunteersOf(UUID organisationId) {
        return repository.volunteersOf(organisationId);
    }

    /**
     * A volunteer's sign-up with its shift and effort, for their own page: live ones, and cancelled or rejected
     * ones still to come, so that nobody wonders where their shift went.
     */
    public record MySignup(Signup signup, Shift shift, Effort effort, boolean started) {

        /** Whether the volunteer can still withdraw: a live sign-up to a shift that has not started. */
        public boolean withdrawable() {
            return !started
                    && (signup.status() == SignupStatus.CONFIRMED
                            || signup.status() == SignupStatus.WAITING
                            || signup.status() == SignupStatus.APPLIED);
        }
    }

    @Transactional(readOnly = true)
    public List<MySignup> signupsOf(UUID volunteerId) {
        return repository.signupIdsOf(volunteerId, today()).stream()
                .map(id -> {
                    var signup = repository.signup(id).orElseThrow();
                    var shift = repository.shift(signup.shiftId()).orElseThrow();
                    return new MySignup(
                            signup, shift, repository.find(shift.effortId()).orElseThrow(), started(shift));
                })
                .toList();
    }

    public boolean started(Shift shift) {
        return shift.hasStarted(clock.instant(), clock.getZone());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalTime timeNow() {
        return LocalTime.now(clock);
    }

    /** Whether a volunteer may sign up to the shift now. */
    public boolean takesSignups(Effort effort, Shift shift) {
        return effort.isPublished() && !shift.cancelled() && !started(shift);
    }

    // running an effort

    @Transactional
    public UUID create(Effort effort, String createdBy) {
        var id = UUID.randomUUID();
        repository.insert(
                new Effort(
                        id,
                        effort.organisationId(),
                        effort.departmentId(),
                        effort.title(),
                        effort.description(),
                        effort.targetGroup(),
                        effort.periodStart(),
                        effort.periodEnd(),
                        effort.contactName(),
                        effort.contactEmail(),
                        effort.contactPhone(),
                        EffortStatus.DRAFT,
                        effort.districtIds()),
                createdBy,
                clock.instant());
        return id;
    }

    @Transactional
    public void update(Effort effort) {
        repository.update(effort);
    }

    @Transactional
    public void publish(UUID effortId) {
        var effort = repository.find(effortId).orElseThrow(() -> new NotFoundException("Effort"));
        if (effort.isDraftOrPaused()) {
            repository.status(effortId, EffortStatus.PUBLISHED, clock.instant());
        }
    }

    @Transactional
    public void pause(UUID effortId) {
        var effort = repository.find(effortId).orElseThrow(() -> new NotFoundException("Effort"));
        if (effort.isPublished()) {
            repository.status(effortId, EffortStatus.PAUSED, clock.instant());
        }
    }

    /**
     * Closes the effort: every volunteer confirmed on a shift that has started is thanked once, and the shifts
     * still to come are cancelled (everyone on them is told).
     */
    @Transactional
    public void close(UUID effortId) {
        var effort = repository.find(effortId).orElseThrow(() -> new NotFoundException("Effort"));
        if (effort.isClosed()) {
            return;
        }
        for (var volunteerId : repository.tookPart(effortId, today(), timeNow())) {
            volunteers
                    .find(volunteerId)
                    .ifPresent(v ->
                            events.publishEvent(notice(ShiftNotice.Reason.THANKS, effortId, v, effort, null, null)));
        }
        for (var shift : repository.shifts(effortId)) {
            if (!shift.cancelled() && !started(shift)) {
                cancelShift(shift.id());
            }
        }
        repository.status(effortId, EffortStatus.CLOSED, clock.instant());
    }

    /** Adds the shift and, when {@code repeatWeeks} is above zero, as many weekly repetitions after it. */
    @Transactional
    public List<UUID> addShifts(Shift shift, int repeatWeeks) {
        var ids = new ArrayList<UUID>();
        for (int week = 0; week <= repeatWeeks; week++) {
            var id = UUID.randomUUID();
            repository.insertShift(
                    new Shift(
                            id,
                            shift.effortId(),
                            shift.title(),
                            shift.date().plusWeeks(week),
                            shift.from(),
                            shift.to(),
                            shift.place(),
                            shift.districtId(),
                            shift.minVolunteers(),
                            shift.maxVolunteers(),
                            shift.language(),
                            shift.adultOnly(),
                            shift.mode(),
                            false,
                            0,
                            shift.kinds(),
                            shift.safeguardingLevel()),
                    clock.instant());
            ids.add(id);
        }
        return ids;
    }

    /** Whether an open shift of the effort at the same place overlaps the time on that date. */
    @Transactional(readOnly = true)
    public boolean overlaps(UUID effortId, String place, LocalDate date, LocalTime from, LocalTime to) {
        return repository.shifts(effortId).stream()
                .anyMatch(s -> !s.cancelled()
                        && s.date().equals(date)
                        && s.place().strip().equalsIgnoreCase(place.strip())
                        && s.from().isBefore(to)
                        && from.isBefore(s.to()));
    }

    /** Cancels the shift; everyone on it, waiting or applying is told, and a call-out for it stops. */
    @Transactional
    public void cancelShift(UUID shiftId) {
        var shift = repository.lockShift(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        if (shift.cancelled()) {
            return;
        }
        var effort = repository.find(shift.effortId()).orElseThrow();
        var now = clock.instant();
        repository.cancelShift(shiftId);
        for (var signup : repository.signups(shiftId)) {
            if (signup.isLive()) {
                repository.signupStatus(signup.id(), SignupStatus.CANCELLED, null, now);
                volunteers
                        .find(signup.volunteerId())
                        .ifPresent(v -> events.publishEvent(
                                notice(ShiftNotice.Reason.SHIFT_CANCELLED, shiftId, v, effort, shift, null)));
            }
        }
        events.publishEvent(new ShiftNoLongerOpen(shiftId, false));
    }

    /** Sends the coordinator's text to everyone confirmed on the shift. Returns how many. */
    @Transactional
    public int message(UUID shiftId, String text) {
        var shift = repository.shift(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        var effort = repository.find(shift.effortId()).orElseThrow();
        var messageId = UUID.randomUUID();
        var sent = 0;
        for (var signup : repository.signups(shiftId)) {
            if (signup.status() == SignupStatus.CONFIRMED) {
                var v = volunteers.find(signup.volunteerId());
                if (v.isPresent()) {
                    events.publishEvent(notice(ShiftNotice.Reason.MESSAGE, messageId, v.get(), effort, shift, text));
                    sent++;
                }
            }
        }
        return sent;
    }

    static ShiftNotice notice(
            ShiftNotice.Reason reason, UUID refId, VolunteerProfile v, Effort effort, Shift shift, String text) {
        return new ShiftNotice(
                reason,
                refId,
                v.id(),
                v.email().value(),
                v.locale(),
                effort.title(),
                shift == null ? null : shift.title(),
                shift == null ? null : shift.date(),
                shift == null ? null : shift.from(),
                shift == null ? null : shift.to(),
                shift == null ? null : shift.place(),
                text);
    }
}
