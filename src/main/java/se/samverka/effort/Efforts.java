package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Efforts and their shifts: created and run by their owner, listed publicly while published, and signed up
 * to by volunteers. Places are given under a lock on the shift row, and the database refuses more confirmed
 * places than the maximum and a second live sign-up of the same volunteer.
 */
@Service
public class Efforts {

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

	private final EffortRepository repository;
	private final Volunteers volunteers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Efforts(EffortRepository repository, Volunteers volunteers, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.volunteers = volunteers;
		this.events = events;
		this.clock = clock;
	}

	// reading

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

	@Transactional(readOnly = true)
	public List<Signup> signups(UUID shiftId) {
		return repository.signups(shiftId);
	}

	@Transactional(readOnly = true)
	public List<Effort> listed(String districtId, HelpKind kind, LocalDate date, int offset, int limit) {
		return repository.listed(districtId, kind, date, today(), offset, limit);
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

	/** A volunteer's live sign-up with its shift and effort, for their own page. */
	public record MySignup(Signup signup, Shift shift, Effort effort, boolean started) {
	}

	@Transactional(readOnly = true)
	public List<MySignup> signupsOf(UUID volunteerId) {
		return repository.signupIdsOf(volunteerId).stream().map(id -> {
			var signup = repository.signup(id).orElseThrow();
			var shift = repository.shift(signup.shiftId()).orElseThrow();
			return new MySignup(signup, shift, repository.find(shift.effortId()).orElseThrow(), started(shift));
		}).toList();
	}

	public boolean started(Shift shift) {
		return shift.hasStarted(clock.instant(), clock.getZone());
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public java.time.LocalTime timeNow() {
		return java.time.LocalTime.now(clock);
	}

	/** Whether a volunteer may sign up to the shift now. */
	public boolean takesSignups(Effort effort, Shift shift) {
		return effort.isPublished() && !shift.cancelled() && !started(shift);
	}

	// running an effort

	@Transactional
	public UUID create(Effort effort, String createdBy) {
		var id = UUID.randomUUID();
		repository.insert(new Effort(id, effort.organisationId(), effort.departmentId(), effort.title(),
				effort.description(), effort.targetGroup(), effort.periodStart(), effort.periodEnd(),
				effort.contactName(), effort.contactEmail(), effort.contactPhone(), EffortStatus.DRAFT,
				effort.districtIds()), createdBy, clock.instant());
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
			volunteers.find(volunteerId).ifPresent(v -> events.publishEvent(notice(ShiftNotice.Reason.THANKS, effortId,
					v, effort, null, null)));
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
		var ids = new java.util.ArrayList<UUID>();
		for (int week = 0; week <= repeatWeeks; week++) {
			var id = UUID.randomUUID();
			repository.insertShift(new Shift(id, shift.effortId(), shift.title(), shift.date().plusWeeks(week),
					shift.from(), shift.to(), shift.place(), shift.districtId(), shift.minVolunteers(),
					shift.maxVolunteers(), shift.language(), shift.adultOnly(), shift.mode(), false, 0, shift.kinds()),
					clock.instant());
			ids.add(id);
		}
		return ids;
	}

	/** Whether an open shift of the effort at the same place overlaps the time on that date. */
	@Transactional(readOnly = true)
	public boolean overlaps(UUID effortId, String place, LocalDate date, java.time.LocalTime from,
			java.time.LocalTime to) {
		return repository.shifts(effortId).stream()
			.anyMatch(s -> !s.cancelled() && s.date().equals(date) && s.place().strip().equalsIgnoreCase(place.strip())
					&& s.from().isBefore(to) && from.isBefore(s.to()));
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
				volunteers.find(signup.volunteerId()).ifPresent(v -> events.publishEvent(
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

	// volunteers

	/**
	 * Signs the volunteer up: an application waits for approval; otherwise a place while one is left, else the
	 * waiting list. Returns the new status.
	 */
	@Transactional
	public SignupStatus signUp(UUID shiftId, UUID volunteerId) {
		var shift = repository.lockShift(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
		var effort = repository.find(shift.effortId()).orElseThrow();
		if (!takesSignups(effort, shift)) {
			throw new NotOpen();
		}
		if (repository.liveSignup(shiftId, volunteerId).isPresent()) {
			throw new AlreadySignedUp();
		}
		var now = clock.instant();
		SignupStatus status;
		Integer position = null;
		if (shift.isApplication()) {
			status = SignupStatus.APPLIED;
		}
		else if (!shift.isFull()) {
			status = SignupStatus.CONFIRMED;
		}
		else {
			status = SignupStatus.WAITING;
			position = repository.nextPosition(shiftId);
		}
		try {
			repository.insertSignup(UUID.randomUUID(), shiftId, volunteerId, status, position, now);
		}
		catch (DuplicateKeyException e) {
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
		var signup = repository.signup(signupId).filter(s -> s.volunteerId().equals(volunteerId))
			.orElseThrow(() -> new NotFoundException("Sign-up"));
		var shift = repository.lockShift(signup.shiftId()).orElseThrow();
		signup = repository.signup(signupId).orElseThrow();
		if (!signup.isLive()) {
			return;
		}
		if (started(shift)) {
			throw new AlreadyStarted();
		}
		var now = clock.instant();
		repository.signupStatus(signupId, SignupStatus.WITHDRAWN, null, now);
		if (signup.status() == SignupStatus.CONFIRMED) {
			repository.confirmed(shift.id(), -1);
			moveUp(shift, now);
		}
	}

	private void moveUp(Shift shift, java.time.Instant now) {
		if (shift.cancelled()) {
			return;
		}
		repository.firstWaiting(shift.id()).ifPresent(first -> {
			repository.signupStatus(first.id(), SignupStatus.CONFIRMED, null, now);
			repository.confirmed(shift.id(), 1);
			var effort = repository.find(shift.effortId()).orElseThrow();
			volunteers.find(first.volunteerId()).ifPresent(v -> events.publishEvent(
					notice(ShiftNotice.Reason.MOVED_UP, first.id(), v, effort, shift, null)));
		});
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
		volunteers.find(signup.volunteerId()).ifPresent(v -> events.publishEvent(
				notice(ShiftNotice.Reason.APPROVED, signupId, v, effort, shift, null)));
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
		volunteers.find(signup.volunteerId()).ifPresent(v -> events.publishEvent(
				notice(ShiftNotice.Reason.REJECTED, signupId, v, effort, shift, null)));
	}

	/** For call-outs: confirms a place for the volunteer if one is left. */
	boolean fillFromCallout(UUID shiftId, UUID volunteerId) {
		var shift = repository.lockShift(shiftId).orElse(null);
		if (shift == null) {
			return false;
		}
		var effort = repository.find(shift.effortId()).orElseThrow();
		if (!takesSignups(effort, shift) || shift.isFull()) {
			return false;
		}
		var now = clock.instant();
		var live = repository.liveSignup(shiftId, volunteerId);
		if (live.isPresent()) {
			if (live.get().status() == SignupStatus.CONFIRMED) {
				return false;
			}
			repository.signupStatus(live.get().id(), SignupStatus.CONFIRMED, null, now);
		}
		else {
			repository.insertSignup(UUID.randomUUID(), shiftId, volunteerId, SignupStatus.CONFIRMED, null, now);
		}
		repository.confirmed(shiftId, 1);
		return true;
	}

	private static ShiftNotice notice(ShiftNotice.Reason reason, UUID refId, VolunteerProfile v, Effort effort,
			Shift shift, String text) {
		return new ShiftNotice(reason, refId, v.id(), v.email().value(), v.locale(), effort.title(),
				shift == null ? null : shift.title(), shift == null ? null : shift.date(),
				shift == null ? null : shift.from(), shift == null ? null : shift.to(),
				shift == null ? null : shift.place(), text);
	}
}
