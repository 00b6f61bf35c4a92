package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;

/**
 * Efforts and their shifts: created and run by their owner, listed publicly while published, cancelled and
 * closed with everyone on them told. Volunteers sign up through {@link ShiftSignups}.
 */
@Service
public class Efforts {

    private final EffortRepository efforts;
    private final ShiftRepository shifts;
    private final EffortListingRepository listing;
    private final EffortSearch search;
    private final Rosters rosters;
    private final EffortClosing closing;
    private final ShiftNotices notices;
    private final Clock clock;

    Efforts(
            EffortRepository efforts,
            ShiftRepository shifts,
            EffortListingRepository listing,
            EffortSearch search,
            Rosters rosters,
            EffortClosing closing,
            ShiftNotices notices,
            Clock clock) {
        this.efforts = efforts;
        this.shifts = shifts;
        this.listing = listing;
        this.search = search;
        this.rosters = rosters;
        this.closing = closing;
        this.notices = notices;
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
        return efforts.find(id);
    }

    /** An organisation's efforts, or (null) the departments' efforts. */
    @Transactional(readOnly = true)
    public List<Effort> ownedBy(UUID organisationId) {
        return efforts.ownedBy(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<Shift> shift(UUID id) {
        return shifts.find(id);
    }

    @Transactional(readOnly = true)
    public List<Shift> shifts(UUID effortId) {
        return shifts.of(effortId);
    }

    /** The open shifts of the day in the district, earliest first, for the coordinators' run sheet. */
    @Transactional(readOnly = true)
    public List<Shift> shiftsOn(LocalDate date, String districtId) {
        return shifts.on(date, districtId);
    }

    /** Everyone on the shift with their name, e-mail and phone: confirmed, applying, then waiting in order. */
    @Transactional(readOnly = true)
    public List<Signup> signups(UUID shiftId) {
        return rosters.on(shiftId);
    }

    @Transactional(readOnly = true)
    public List<Effort> listed(String districtId, HelpKind kind, LocalDate date, int offset, int limit) {
        return listing.listed(new EffortListingRepository.Filter(districtId, kind, date, null), today(), offset, limit);
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
        var filter = new EffortListingRepository.Filter(districtId, kind, date, language);
        return listing.listedAfter(filter, today(), afterStart, afterId, limit);
    }

    /** The shifts of a published effort that the public sees: not cancelled, not started. */
    @Transactional(readOnly = true)
    public List<Shift> openShifts(UUID effortId) {
        return shifts.of(effortId).stream()
                .filter(s -> !s.cancelled() && !started(s))
                .toList();
    }

    @Transactional(readOnly = true)
    public int countListed(String districtId, HelpKind kind, LocalDate date) {
        return listing.countListed(new EffortListingRepository.Filter(districtId, kind, date, null), today());
    }

    /** The volunteers on the owner's efforts: name, e-mail, phone and how many live sign-ups. */
    @Transactional(readOnly = true)
    public List<Object[]> volunteersOf(UUID organisationId) {
        return rosters.volunteersOf(organisationId);
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
        return rosters.of(volunteerId);
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
        return effort.takesSignups(shift, clock.instant(), clock.getZone());
    }

    // running an effort

    @Transactional
    public UUID create(Effort effort, String createdBy) {
        var id = UUID.randomUUID();
        efforts.insert(effort.asDraft(id), createdBy, clock.instant());
        return id;
    }

    @Transactional
    public void update(Effort effort) {
        efforts.update(effort);
    }

    @Transactional
    public void publish(UUID effortId) {
        var effort = efforts.find(effortId).orElseThrow(() -> new NotFoundException("Effort"));
        if (effort.isDraftOrPaused()) {
            efforts.status(effortId, EffortStatus.PUBLISHED, clock.instant());
        }
    }

    @Transactional
    public void pause(UUID effortId) {
        var effort = efforts.find(effortId).orElseThrow(() -> new NotFoundException("Effort"));
        if (effort.isPublished()) {
            efforts.status(effortId, EffortStatus.PAUSED, clock.instant());
        }
    }

    /**
     * Closes the effort: every volunteer confirmed on a shift that has started is thanked once, and the shifts
     * still to come are cancelled (everyone on them is told).
     */
    @Transactional
    public void close(UUID effortId) {
        closing.close(effortId);
    }

    /** Adds the shift and, when {@code repeatWeeks} is above zero, as many weekly repetitions after it. */
    @Transactional
    public List<UUID> addShifts(Shift shift, int repeatWeeks) {
        var ids = new ArrayList<UUID>();
        for (int week = 0; week <= repeatWeeks; week++) {
            var id = UUID.randomUUID();
            shifts.insert(shift.repeated(id, week), clock.instant());
            ids.add(id);
        }
        return ids;
    }

    /** Whether an open shift of the effort at the same place overlaps the time on that date. */
    @Transactional(readOnly = true)
    public boolean overlaps(UUID effortId, String place, LocalDate date, LocalTime from, LocalTime to) {
        return shifts.of(effortId).stream()
                .anyMatch(s -> !s.cancelled()
                        && s.date().equals(date)
                        && s.place().strip().equalsIgnoreCase(place.strip())
                        && s.from().isBefore(to)
                        && from.isBefore(s.to()));
    }

    /** Cancels the shift; everyone on it, waiting or applying is told, and a call-out for it stops. */
    @Transactional
    public void cancelShift(UUID shiftId) {
        closing.cancelShift(shiftId);
    }

    /** Sends the coordinator's text to everyone confirmed on the shift. Returns how many. */
    @Transactional
    public int message(UUID shiftId, String text) {
        return notices.message(shiftId, text);
    }
}
