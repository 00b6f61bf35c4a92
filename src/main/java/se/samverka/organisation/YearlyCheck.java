package se.samverka.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.MunicipalTime;

/**
 * Once a year an approved organisation's admins are asked whether its page is still right. Each confirmation
 * gets one reminder: {@code reminded_at} is set when it is sent and cleared when they confirm.
 */
@Component
class YearlyCheck {

    static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private final JdbcClient jdbc;
    private final OrganisationRepository repository;
    private final RepresentativeRepository members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    YearlyCheck(
            JdbcClient jdbc,
            OrganisationRepository repository,
            RepresentativeRepository members,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
				SELECT id FROM organisation WHERE status = 'APPROVED' AND reminded_at IS NULL AND confirmed_at < ?
				ORDER BY confirmed_at""")
                .param(java.sql.Timestamp.from(cutoff(now)))
                .query(UUID.class)
                .list();
    }

    /** Asks every due organisation's admins, each organisation once; returns how many were asked. */
    @Transactional
    int remind() {
        var now = clock.instant();
        var asked = 0;
        for (var id : due(now)) {
            var claimed = jdbc.sql("UPDATE organisation SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                            .params(java.sql.Timestamp.from(now), id)
                            .update()
                    == 1;
            if (claimed) {
                var row = jdbc.sql("SELECT name, confirmed_at FROM organisation WHERE id = ?")
                        .param(id)
                        .query((rs, i) -> new Object[] {
                            rs.getString(1), rs.getTimestamp(2).toInstant()
                        })
                        .single();
                events.publishEvent(new OrganisationCheckDue(
                        id, (String) row[0], members.adminEmails(id), repository.language(id), (Instant) row[1]));
                asked++;
            }
        }
        return asked;
    }
}
