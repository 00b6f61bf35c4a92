package se.samverka.volunteer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.retention.RetentionCategory;
import se.samverka.retention.RetentionProperties;
import se.samverka.retention.RetentionRule;
import se.samverka.shared.PersonErasureDue;
import se.samverka.shared.PersonRef;

/**
 * Volunteers without a sign of life since the cutoff are first asked whether they want to stay
 * ({@link StayQuestionAsked}); those who neither answer nor show up within the grace period are handed to erasure
 * with {@link PersonErasureDue}, which the privacy module carries out in every table. This module deletes nobody
 * itself. The count of a batch is the number of volunteers asked plus those handed over or back again.
 */
@Component
class InactiveVolunteerRetention implements RetentionCategory {

    static final String NAME = "inactive-volunteers";
    static final String REASON = "retention.inactive-volunteer";

    private static final Logger log = LoggerFactory.getLogger(InactiveVolunteerRetention.class);

    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InactiveVolunteerRetention(
            JdbcClient jdbc, RetentionProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetentionRule rule() {
        return properties.rule(NAME);
    }

    private record Asked(UUID volunteerId, Instant askedAt, Instant lastActive) {}

    private record Inactive(UUID id, String name, String email, String locale) {}

    @Override
    @Transactional
    public int purgeBatch(Instant cutoff, int batchSize) {
        var handled = handOver(batchSize);
        return handled + ask(cutoff, batchSize - handled);
    }

    /** Questions unanswered past the grace period: back to normal if the volunteer showed up, else erasure. */
    private int handOver(int limit) {
        var now = clock.instant();
        var expired = jdbc.sql("""
				SELECT q.volunteer_id, q.asked_at, v.last_active_at FROM volunteer_stay_question q
				JOIN volunteer v ON v.id = q.volunteer_id
				WHERE q.handed_over_at IS NULL AND q.asked_at < ? ORDER BY q.asked_at LIMIT ?""")
                .params(Timestamp.from(now.minus(properties.stayGrace())), limit)
                .query((rs, i) -> new Asked(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()))
                .list();
        for (var asked : expired) {
            if (asked.lastActive().isAfter(asked.askedAt())) {
                jdbc.sql("DELETE FROM volunteer_stay_question WHERE volunteer_id = ?")
                        .param(asked.volunteerId())
                        .update();
            } else {
                jdbc.sql("UPDATE volunteer_stay_question SET handed_over_at = ? WHERE volunteer_id = ?")
                        .params(Timestamp.from(now), asked.volunteerId())
                        .update();
                events.publishEvent(new PersonErasureDue(PersonRef.volunteer(asked.volunteerId()), REASON));
                log.info("Volunteer {} did not answer whether to stay: handed to erasure", asked.volunteerId());
            }
        }
        return expired.size();
    }

    private int ask(Instant cutoff, int limit) {
        if (limit <= 0) {
            return 0;
        }
        var now = clock.instant();
        var inactive = jdbc.sql("""
				SELECT v.id, v.name, v.email, v.locale FROM volunteer v
				WHERE v.last_active_at < ?
				  AND NOT EXISTS (SELECT 1 FROM volunteer_stay_question q WHERE q.volunteer_id = v.id)
				ORDER BY v.last_active_at LIMIT ?""")
                .params(Timestamp.from(cutoff), limit)
                .query((rs, i) ->
                        new Inactive(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        var answerBy = now.plus(properties.stayGrace()).atZone(clock.getZone()).toLocalDate();
        for (var volunteer : inactive) {
            var token = ConfirmationToken.random();
            jdbc.sql("INSERT INTO volunteer_stay_question (volunteer_id, token_hash, asked_at) VALUES (?, ?, ?)")
                    .params(volunteer.id(), token.hash(), Timestamp.from(now))
                    .update();
            events.publishEvent(new StayQuestionAsked(
                    volunteer.id(), volunteer.name(), volunteer.email(), volunteer.locale(), token.plain(), answerBy));
        }
        return inactive.size();
    }
}
