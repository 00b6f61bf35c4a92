package se.samverka.safeguarding;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * Suspending a volunteer and lifting it. A suspended volunteer has the level {@link Safeguarding#SUSPENDED},
 * below every requirement, so the one eligibility check that tasks, call-outs and efforts already make
 * refuses them everywhere. {@link VolunteerSuspended} is published inside the transaction so that pending offers
 * and asks are withdrawn with it.
 */
@Service
public class Suspensions {

    private static final Logger log = LoggerFactory.getLogger(Suspensions.class);

    private final SuspensionRepository repository;
    private final Volunteers volunteers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Suspensions(SuspensionRepository repository, Volunteers volunteers, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.volunteers = volunteers;
        this.events = events;
        this.clock = clock;
    }

    /** Thrown when the volunteer is already suspended. */
    public static class AlreadySuspended extends RuntimeException {

        AlreadySuspended() {
            super("The volunteer is already suspended");
        }
    }

    @Transactional
    public Suspension suspend(UUID volunteerId, String reason, String actor) {
        Objects.requireNonNull(actor, "actor");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A suspension needs a reason");
        }
        var volunteer = volunteers.find(volunteerId).orElseThrow(() -> new NotFoundException("Volunteer"));
        var suspension =
                new Suspension(UUID.randomUUID(), volunteerId, reason.strip(), actor, clock.instant(), null, null);
        try {
            repository.insert(suspension);
        } catch (DuplicateKeyException e) {
            throw new AlreadySuspended();
        }
        log.info("Volunteer {} suspended ({})", volunteerId, suspension.id());
        events.publishEvent(new VolunteerSuspended(
                suspension.id(), volunteerId, volunteer.email().value(), volunteer.locale()));
        return suspension;
    }

    /** Lifts the volunteer's active suspension; returns false when there was none. */
    @Transactional
    public boolean lift(UUID volunteerId, String actor) {
        var active = repository.active(volunteerId);
        if (active.isEmpty() || !repository.lift(volunteerId, actor, clock.instant())) {
            return false;
        }
        log.info("Suspension {} lifted", active.get().id());
        volunteers
                .find(volunteerId)
                .ifPresent(v -> events.publishEvent(new VolunteerSuspensionLifted(
                        active.get().id(), volunteerId, v.email().value(), v.locale())));
        return true;
    }

    @Transactional(readOnly = true)
    public Optional<Suspension> active(UUID volunteerId) {
        return repository.active(volunteerId);
    }

    /** Every suspension of the volunteer, newest first. */
    @Transactional(readOnly = true)
    public List<Suspension> history(UUID volunteerId) {
        return repository.history(volunteerId);
    }
}
