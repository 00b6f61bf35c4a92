package se.samverka.volunteer;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open question to an inactive volunteer whether they want to stay, found by the token of its link. */
@Service
class StayQuestions {

    private static final Logger log = LoggerFactory.getLogger(StayQuestions.class);

    private final JdbcClient jdbc;
    private final VolunteerActivity activity;

    StayQuestions(JdbcClient jdbc, VolunteerActivity activity) {
        this.jdbc = jdbc;
        this.activity = activity;
    }

    /** The volunteer whose open question the token answers; empty once answered, handed over or unknown. */
    @Transactional(readOnly = true)
    Optional<UUID> open(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "SELECT volunteer_id FROM volunteer_stay_question WHERE token_hash = ? AND handed_over_at IS NULL")
                .param(ConfirmationToken.hash(token))
                .query(UUID.class)
                .optional();
    }

    /** The volunteer stays: the question is closed and the inactivity clock starts again. */
    @Transactional
    boolean stay(String token) {
        var volunteer = open(token);
        volunteer.ifPresent(id -> {
            jdbc.sql("DELETE FROM volunteer_stay_question WHERE volunteer_id = ?")
                    .param(id)
                    .update();
            activity.record(id);
            log.info("Volunteer {} wants to stay", id);
        });
        return volunteer.isPresent();
    }
}
