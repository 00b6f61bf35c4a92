package se.samverka.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.MunicipalTime;

/**
 * Once a year an approved organisation's admins are asked whether its page is still right. Each confirmation
 * gets one reminder: {@code reminded_at} is set when it is sent and cleared when they confirm.
 */
@Service
class YearlyCheck {

    static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private final OrganisationRepository repository;
    private final RepresentativeRepository members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    YearlyCheck(
            OrganisationRepository repository,
            RepresentativeRepository members,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** The moment before which a confirmation is too old at {@code now}: one calendar year earlier. */
    static Instant cutoff(Instant now) {
        return now.atZone(STOCKHOLM).minusYears(1).toInstant();
    }

    /** Whether an organisation is due for its reminder at {@code now}. */
    static boolean isDue(OrganisationStatus status, Instant confirmedAt, Instant remindedAt, Instant now) {
        return status == OrganisationStatus.APPROVED && remindedAt == null && confirmedAt.isBefore(cutoff(now));
    }

    /** The approved organisations due for their reminder at {@code now}. */
    @Transactional(readOnly = true)
    List<UUID> due(Instant now) {
        return repository.dueForCheck(cutoff(now));
    }

    /** Asks every due organisation's admins, each organisation once; returns how many were asked. */
    @Transactional
    int remind() {
        var now = clock.instant();
        var asked = 0;
        for (var id : due(now)) {
            if (repository.markReminded(id, now)) {
                var organisation = repository.find(id).orElseThrow();
                events.publishEvent(new OrganisationCheckDue(
                        id,
                        organisation.name(),
                        members.adminEmails(id),
                        organisation.language(),
                        organisation.confirmedAt()));
                asked++;
            }
        }
        return asked;
    }
}
