package se.samverka.onboarding;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The onboarding_progress and onboarding_reminder tables. */
@Repository
class OnboardingRepository {

    /**
     * The step in SQL, the same rule as {@link Progress#stepOn}: parameters {@code :today} and {@code :pledge}.
     * The columns it reads are one covering index, so counting reads the index only.
     */
    static final String STEP = """
			CASE WHEN NOT email_confirmed THEN 'CONFIRM_EMAIL'
			     WHEN needs_id_check AND (id_check_valid_before IS NULL OR id_check_valid_before <= :today) THEN 'ID_CHECK'
			     WHEN pledge_version IS NULL OR pledge_version <> :pledge THEN 'PLEDGE'
			     ELSE 'READY' END""";

    private final JdbcClient jdbc;

    OnboardingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One grouped query: how many volunteers stand at each step (every step present, zero if none). */
    Map<OnboardingStep, Long> counts(LocalDate today, String pledge) {
        var counts = new EnumMap<OnboardingStep, Long>(OnboardingStep.class);
        for (var step : OnboardingStep.values()) {
            counts.put(step, 0L);
        }
        jdbc.sql("SELECT " + STEP + " AS step, COUNT(*) FROM onboarding_progress GROUP BY 1")
                .param("today", Date.valueOf(today))
                .param("pledge", pledge)
                .query(rs -> {
                    counts.put(OnboardingStep.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    Set<UUID> at(OnboardingStep step, LocalDate today, String pledge) {
        return new HashSet<>(jdbc.sql("SELECT volunteer_id FROM onboarding_progress WHERE " + STEP + " = :step")
                .param("today", Date.valueOf(today))
                .param("pledge", pledge)
                .param("step", step.name())
                .query(UUID.class)
                .list());
    }

    Optional<Progress> find(UUID volunteerId) {
        return jdbc.sql("""
				SELECT volunteer_id, signed_up_at, email_confirmed, needs_id_check, id_check_valid_before,
				  pledge_version, progressed_at FROM onboarding_progress WHERE volunteer_id = ?""")
                .param(volunteerId)
                .query((rs, i) -> new Progress(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .optional();
    }

    Set<UUID> known() {
        return new HashSet<>(jdbc.sql("SELECT volunteer_id FROM onboarding_progress")
                .query(UUID.class)
                .list());
    }

    long size() {
        return jdbc.sql("SELECT COUNT(*) FROM onboarding_progress")
                .query(Long.class)
                .single();
    }

    /** Writes the row of a volunteer not known here yet; false (and nothing written) when there is one already. */
    boolean insertNew(Progress p) {
        return jdbc.sql("""
						INSERT INTO onboarding_progress (volunteer_id, signed_up_at, email_confirmed, needs_id_check,
						  id_check_valid_before, pledge_version, progressed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
						ON CONFLICT DO NOTHING""")
                        .params(
                                p.volunteerId(),
                                Timestamp.from(p.signedUpAt()),
                                p.emailConfirmed(),
                                p.needsIdCheck(),
                                p.idCheckValidBefore() == null ? null : Date.valueOf(p.idCheckValidBefore()),
                                p.pledgeVersion(),
                                Timestamp.from(p.progressedAt()))
                        .update()
                == 1;
    }

    void save(Progress p) {
        var updated = update(p);
        if (updated == 0) {
            try {
                jdbc.sql("""
						INSERT INTO onboarding_progress (volunteer_id, signed_up_at, email_confirmed, needs_id_check,
						  id_check_valid_before, pledge_version, progressed_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(
                                p.volunteerId(),
                                Timestamp.from(p.signedUpAt()),
                                p.emailConfirmed(),
                                p.needsIdCheck(),
                                p.idCheckValidBefore() == null ? null : Date.valueOf(p.idCheckValidBefore()),
                                p.pledgeVersion(),
                                Timestamp.from(p.progressedAt()))
                        .update();
            } catch (DuplicateKeyException raced) {
                update(p);
            }
        }
    }

    private int update(Progress p) {
        return jdbc.sql("""
				UPDATE onboarding_progress SET signed_up_at = ?, email_confirmed = ?, needs_id_check = ?,
				  id_check_valid_before = ?, pledge_version = ?, progressed_at = ? WHERE volunteer_id = ?""")
                .params(
                        Timestamp.from(p.signedUpAt()),
                        p.emailConfirmed(),
                        p.needsIdCheck(),
                        p.idCheckValidBefore() == null ? null : Date.valueOf(p.idCheckValidBefore()),
                        p.pledgeVersion(),
                        Timestamp.from(p.progressedAt()),
                        p.volunteerId())
                .update();
    }

    /** Volunteers who have stood at an unfinished step since before the cutoff and had no reminder for it. */
    List<Stuck> stuck(Instant cutoff, LocalDate today, String pledge, int limit) {
        return jdbc.sql("SELECT volunteer_id, step FROM (SELECT volunteer_id, " + STEP + """
						 AS step FROM onboarding_progress WHERE progressed_at < :cutoff) p
						WHERE step <> 'READY' AND NOT EXISTS (SELECT 1 FROM onboarding_reminder r
						  WHERE r.volunteer_id = p.volunteer_id AND r.step = p.step)
						ORDER BY volunteer_id LIMIT :limit""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("today", Date.valueOf(today))
                .param("pledge", pledge)
                .param("limit", limit)
                .query((rs, i) -> new Stuck(rs.getObject(1, UUID.class), OnboardingStep.valueOf(rs.getString(2))))
                .list();
    }

    /** Claims the one reminder of this volunteer at this step; false when it was already sent (a retry). */
    boolean claimReminder(UUID volunteerId, OnboardingStep step, Instant at) {
        try {
            return jdbc.sql("""
							INSERT INTO onboarding_reminder (volunteer_id, step, sent_at)
							SELECT ?, ?, ? WHERE NOT EXISTS
							  (SELECT 1 FROM onboarding_reminder WHERE volunteer_id = ? AND step = ?)""")
                            .params(volunteerId, step.name(), Timestamp.from(at), volunteerId, step.name())
                            .update()
                    == 1;
        } catch (DuplicateKeyException raced) {
            return false;
        }
    }

    record Stuck(UUID volunteerId, OnboardingStep step) {}
}
