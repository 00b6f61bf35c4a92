package se.samverka.callout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what changed for the candidate index since it last looked: asks in the ledger, and changed volunteers. */
@Repository
class CandidateFeeds {

    /** One row of the ledger: {@code ask} when it was an ask. */
    record LedgerRow(long seq, UUID volunteerId, boolean ask, Instant at) {}

    /** One changed volunteer. */
    record Change(long seq, UUID volunteerId) {}

    private final JdbcClient jdbc;

    CandidateFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long lastLedgerRow() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM contact_log")
                .query(Long.class)
                .single();
    }

    long lastChange() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM callout_candidate_change")
                .query(Long.class)
                .single();
    }

    List<LedgerRow> ledgerAfter(Feed feed) {
        var holes = feed.holes();
        return jdbc.sql("SELECT seq, volunteer_id, entry, happened_at FROM contact_log WHERE " + where(holes)
                        + " ORDER BY seq")
                .params(params(feed.high(), holes))
                .query((rs, i) -> new LedgerRow(
                        rs.getLong(1),
                        rs.getObject(2, UUID.class),
                        ContactEntry.ASK.name().equals(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    List<Change> changesAfter(Feed feed) {
        var holes = feed.holes();
        return jdbc.sql("SELECT seq, volunteer_id FROM callout_candidate_change WHERE " + where(holes)
                        + " ORDER BY seq")
                .params(params(feed.high(), holes))
                .query((rs, i) -> new Change(rs.getLong(1), rs.getObject(2, UUID.class)))
                .list();
    }

    void recordChange(UUID volunteerId, Instant at) {
        jdbc.sql("INSERT INTO callout_candidate_change (volunteer_id, changed_at) VALUES (?, ?)")
                .params(volunteerId, Timestamp.from(at))
                .update();
    }

    /** Forgets changes every instance has long read (an instance that has not read for a day rebuilds). */
    void forgetChangesBefore(Instant before) {
        jdbc.sql("DELETE FROM callout_candidate_change WHERE changed_at < ?")
                .param(Timestamp.from(before))
                .update();
    }

    private static String where(List<Long> holes) {
        if (holes.isEmpty()) {
            return "seq > ?";
        }
        return "(seq > ? OR seq IN (" + String.join(", ", java.util.Collections.nCopies(holes.size(), "?")) + "))";
    }

    private static List<Object> params(long high, List<Long> holes) {
        var params = new java.util.ArrayList<Object>();
        params.add(high);
        params.addAll(holes);
        return params;
    }
}
