package se.samverka.callout;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Call-outs, asks and contacts with chosen numbers and times, written straight to the module's tables. */
public final class CalloutFigureFixtures {

    private CalloutFigureFixtures() {}

    /** A call-out for a need on the day; ACTIVE, FILLED or STOPPED. */
    public static UUID callout(
            JdbcClient jdbc,
            String district,
            LocalDate needDate,
            Urgency urgency,
            int needed,
            int accepted,
            String status,
            Instant startedAt) {
        var id = UUID.randomUUID();
        var subject = UUID.randomUUID();
        var active = status.equals("ACTIVE");
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, active_subject, title, kind, district_id, need_date,
				  time_from, people_needed, accepted, factor, urgency, status, started_by, started_at, ended_at,
				  end_reason)
				VALUES (?, 'EFFORT_NEED', ?, ?, 'Figures', 'SHOPPING', ?, ?, '10:00', ?, ?, 3, ?, ?, 'test', ?, ?, ?)""")
                .params(
                        id,
                        subject,
                        active ? subject : null,
                        district,
                        Date.valueOf(needDate),
                        needed,
                        accepted,
                        urgency.name(),
                        status,
                        Timestamp.from(startedAt),
                        active ? null : Timestamp.from(startedAt.plusSeconds(60)),
                        active ? null : status)
                .update();
        return id;
    }

    /** An ask of the volunteer in the call-out; ACCEPTED or DECLINED with the answer's time, or PENDING. */
    public static void ask(
            JdbcClient jdbc, UUID calloutId, UUID volunteerId, String status, Instant askedAt, Instant answeredAt) {
        jdbc.sql("""
				INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at,
				  answered_at)
				VALUES (?, ?, ?, 1, 'EMAIL', ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        calloutId,
                        volunteerId,
                        UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000",
                        status,
                        Timestamp.from(askedAt),
                        answeredAt == null ? null : Timestamp.from(answeredAt))
                .update();
    }

    /** An ask in the contact ledger, as any asker records it. */
    public static void contacted(JdbcClient jdbc, UUID volunteerId, Instant at) {
        jdbc.sql("""
				INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id)
				VALUES (?, ?, ?, 'ASK', 'EMAIL', 'CALLOUT', ?)""")
                .params(UUID.randomUUID(), volunteerId, Timestamp.from(at), UUID.randomUUID())
                .update();
    }
}
