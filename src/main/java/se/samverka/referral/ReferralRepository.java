package se.samverka.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.helprequest.HelpRequest;

/** Consents and referrals as SQL; every status change is conditional on the status the caller saw. */
@Repository
class ReferralRepository {

    private static final String COLUMNS = """
			id, request_id, organisation_id, status, summary, offered_by, offered_at, deadline, answered_at,
			answered_by, decline_reason""";

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Consent> consent(UUID requestId) {
        return jdbc.sql(
                        "SELECT request_id, method, note, recorded_by, recorded_at FROM referral_consent WHERE request_id = ?")
                .param(requestId)
                .query((rs, i) -> new Consent(
                        rs.getObject(1, UUID.class),
                        ConsentMethod.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    /** The consent was withdrawn: a new referral needs a new consent (the consent register keeps the history). */
    void deleteConsent(UUID requestId) {
        jdbc.sql("DELETE FROM referral_consent WHERE request_id = ?")
                .param(requestId)
                .update();
    }

    void insertConsent(UUID requestId, ConsentMethod method, String note, String actor, Instant now) {
        jdbc.sql("""
				INSERT INTO referral_consent (request_id, method, note, recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?)""")
                .params(requestId, method.name(), note, actor, Timestamp.from(now))
                .update();
    }

    /**
     * Locks the request's referrals until the transaction ends, so that answers, expiry and new offers for the
     * same request happen one after the other.
     */
    List<Referral> lockOfRequest(UUID requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE request_id = ? ORDER BY id FOR UPDATE")
                .param(requestId)
                .query(ReferralRepository::map)
                .list();
    }

    List<Referral> ofRequest(UUID requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE request_id = ? ORDER BY offered_at, id")
                .param(requestId)
                .query(ReferralRepository::map)
                .list();
    }

    Optional<Referral> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE id = ?")
                .param(id)
                .query(ReferralRepository::map)
                .optional();
    }

    /** The organisation's referrals that are open or accepted, newest first. */
    List<Referral> current(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + """
				 FROM referral WHERE organisation_id = ? AND status IN ('OFFERED', 'ACCEPTED')
				ORDER BY offered_at DESC, id""")
                .param(organisationId)
                .query(ReferralRepository::map)
                .list();
    }

    /** A new offer; it keeps the request's kind and district, which never change, for the overview. */
    void insert(
            UUID id,
            HelpRequest request,
            UUID organisationId,
            String summary,
            String actor,
            Instant now,
            Instant deadline) {
        jdbc.sql("INSERT INTO referral (" + COLUMNS + """
				, request_kind, request_district_id) VALUES (?, ?, ?, 'OFFERED', ?, ?, ?, ?, NULL, NULL, NULL, ?, ?)""")
                .params(
                        id,
                        request.id(),
                        organisationId,
                        summary,
                        actor,
                        Timestamp.from(now),
                        Timestamp.from(deadline),
                        request.kind().code(),
                        request.districtId())
                .update();
    }

    /** OFFERED to ACCEPTED; the unique key on accepted_request_id refuses a second accepted organisation. */
    boolean accept(UUID id, String actor, Instant now) {
        return jdbc.sql("""
				UPDATE referral SET status = 'ACCEPTED', accepted_request_id = request_id, answered_at = ?, answered_by = ?
				WHERE id = ? AND status = 'OFFERED'""").params(Timestamp.from(now), actor, id).update() == 1;
    }

    /** OFFERED to a final status other than ACCEPTED. */
    boolean close(UUID id, ReferralStatus to, String actor, String reason, Instant now) {
        return jdbc.sql("""
				UPDATE referral SET status = ?, answered_at = ?, answered_by = ?, decline_reason = ?
				WHERE id = ? AND status = 'OFFERED'""")
                        .params(to.name(), Timestamp.from(now), actor, reason, id)
                        .update()
                == 1;
    }

    private static Referral map(ResultSet rs, int i) throws SQLException {
        var answeredAt = rs.getTimestamp("answered_at");
        return new Referral(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getString("summary"),
                rs.getString("offered_by"),
                rs.getTimestamp("offered_at").toInstant(),
                rs.getTimestamp("deadline").toInstant(),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getString("answered_by"),
                rs.getString("decline_reason"));
    }
}
