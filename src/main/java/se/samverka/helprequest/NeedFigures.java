package se.samverka.helprequest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.HelpKind;

/**
 * Published queries for the situation report and its power-cut prints: how many requests there are per district, kind
 * and status, and the open requests of one district with the resident's details (the caller audits the read).
 */
@Service
public class NeedFigures {

    /** How many requests of one kind in one district have this status. */
    public record NeedCount(String districtId, HelpKind kind, HelpRequestStatus status, int count) {}

    private final JdbcClient jdbc;

    NeedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests submitted at or after the instant, counted per district, kind and current status. */
    @Transactional(readOnly = true)
    public List<NeedCount> countsSince(Instant since) {
        return jdbc.sql("SELECT district_id, kind, status, COUNT(*) FROM help_request WHERE created_at >= ?"
                        + " GROUP BY district_id, kind, status ORDER BY district_id, kind, status")
                .param(Timestamp.from(since))
                .query((rs, i) -> new NeedCount(
                        rs.getString(1),
                        new HelpKind(rs.getString(2)),
                        HelpRequestStatus.valueOf(rs.getString(3)),
                        rs.getInt(4)))
                .list();
    }

    /** The requests of the district still waiting for a volunteer (NEW or OPEN), oldest wish first. */
    @Transactional(readOnly = true)
    public List<HelpRequest> openIn(String districtId) {
        return jdbc.sql("SELECT " + HelpRequestRepository.COLUMNS
                        + " FROM help_request WHERE district_id = ? AND status IN ('NEW', 'OPEN')"
                        + " ORDER BY requested_date, time_from, number")
                .param(districtId)
                .query(HelpRequestRepository::map)
                .list();
    }
}
