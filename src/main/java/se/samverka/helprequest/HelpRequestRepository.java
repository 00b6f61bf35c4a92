package se.samverka.helprequest;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

@Repository
class HelpRequestRepository {

    static final String COLUMNS = """
			id, number, series_id, resident_name, resident_phone, street_address, district_id, kind, description,
			requested_date, time_from, time_to, recurrence, payment_method, code_word, language, channel,
			submitter_name, submitter_phone, submitter_relation, status, not_helped_reason, created_at, updated_at""";

    private final JdbcClient jdbc;

    private final QueueCounts queueCounts;

    HelpRequestRepository(JdbcClient jdbc, QueueCounts queueCounts) {
        this.jdbc = jdbc;
        this.queueCounts = queueCounts;
    }

    long nextNumber() {
        return jdbc.sql("SELECT nextval('help_request_number_seq')")
                .query(Long.class)
                .single();
    }

    void insert(
            UUID id,
            long number,
            UUID seriesId,
            NewHelpRequest r,
            LocalDate date,
            HelpRequestStatus status,
            Instant now) {
        queueCounts.changed();
        jdbc.sql("INSERT INTO help_request (" + COLUMNS + """
				) VALUES (:id, :number, :series, :name, :phone, :address, :district, :kind, :description, :date, :from,
				 :to, :recurrence, :payment, :codeWord, :language, :channel, :submitterName,
				 :submitterPhone, :submitterRelation, :status, NULL, :now, :now)""")
                .param("id", id)
                .param("number", number)
                .param("series", seriesId)
                .param("name", r.residentName())
                .param("phone", r.residentPhone().e164())
                .param("address", r.streetAddress())
                .param("district", r.districtId())
                .param("kind", r.kind().name())
                .param("description", r.description())
                .param("date", Date.valueOf(date))
                .param("from", Time.valueOf(r.timeFrom()))
                .param("to", Time.valueOf(r.timeTo()))
                .param("recurrence", r.recurrence().name())
                .param("payment", r.paymentMethod().name())
                .param("codeWord", r.codeWord())
                .param("language", r.language())
                .param("channel", r.channel().name())
                .param("submitterName", r.submitterName())
                .param(
                        "submitterPhone",
                        r.submitterPhone() == null ? null : r.submitterPhone().e164())
                .param("submitterRelation", r.submitterRelation())
                .param("status", status.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Requests assigned to a volunteer for the day in the district, by time (the run sheet). */
    java.util.List<HelpRequest> assignedOn(java.time.LocalDate date, String districtId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM help_request WHERE requested_date = ? AND district_id = ? AND status = 'ASSIGNED'"
                        + " ORDER BY time_from, number")
                .params(date, districtId)
                .query(HelpRequestRepository::map)
                .list();
    }

    Optional<HelpRequest> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM help_request WHERE id = ?")
                .param(id)
                .query(HelpRequestRepository::map)
                .optional();
    }

    boolean existsInSeries(UUID seriesId, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM help_request WHERE series_id = ? AND requested_date = ?")
                        .params(seriesId, Date.valueOf(date))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Changes the status only if it is still one of {@code from}; returns whether it did. */
    boolean changeStatus(
            UUID id, Collection<HelpRequestStatus> from, HelpRequestStatus to, String notHelpedReason, Instant now) {
        queueCounts.changed();
        return jdbc.sql("""
				UPDATE help_request SET status = :to, not_helped_reason = :reason, updated_at = :now, version = version + 1
				WHERE id = :id AND status IN (:from)""")
                        .param("to", to.name())
                        .param("reason", notHelpedReason)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("from", from.stream().map(Enum::name).toList())
                        .update()
                == 1;
    }

    void replaceNameInHistory(Collection<UUID> requestIds, String name, String replacement) {
        jdbc.sql("""
				UPDATE help_request_history
				SET actor = CASE WHEN actor = :name THEN :replacement ELSE actor END,
				    detail = REPLACE(detail, :name, :replacement)
				WHERE request_id IN (:ids) AND (actor = :name OR detail LIKE CONCAT('%', :name, '%'))""")
                .param("name", name)
                .param("replacement", replacement)
                .param("ids", requestIds)
                .update();
    }

    void addHistory(
            UUID requestId,
            Instant at,
            String actor,
            String action,
            HelpRequestStatus from,
            HelpRequestStatus to,
            String detail) {
        jdbc.sql("""
				INSERT INTO help_request_history (request_id, occurred_at, actor, action, from_status, to_status, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        requestId,
                        Timestamp.from(at),
                        actor,
                        action,
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        detail)
                .update();
    }

    List<HistoryEntry> history(UUID requestId) {
        return jdbc.sql("""
				SELECT occurred_at, actor, action, from_status, to_status, detail FROM help_request_history
				WHERE request_id = ? ORDER BY occurred_at, id""")
                .param(requestId)
                .query((rs, i) -> new HistoryEntry(
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getString("detail")))
                .list();
    }

    int countActiveIn(Collection<String> districtIds) {
        if (districtIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM help_request WHERE status IN ('NEW', 'OPEN') AND district_id IN (:d)")
                .param("d", districtIds)
                .query(Integer.class)
                .single();
    }

    /** The encrypted risk-group answer; only {@link RiskGroups} reads or writes it. */
    Optional<String> riskGroupCiphertext(UUID id) {
        return jdbc.sql("SELECT risk_group_enc FROM help_request WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    void storeRiskGroup(UUID id, String ciphertext) {
        jdbc.sql("UPDATE help_request SET risk_group_enc = ? WHERE id = ?")
                .params(ciphertext, id)
                .update();
    }

    /** Replaces a ciphertext only if it is still the one read, so a concurrent change is not overwritten. */
    boolean replaceRiskGroup(UUID id, String before, String after) {
        return jdbc.sql("UPDATE help_request SET risk_group_enc = ? WHERE id = ? AND risk_group_enc = ?")
                        .params(after, id, before)
                        .update()
                == 1;
    }

    /** Requests whose risk-group value was written with another key than the active one, a batch at a time. */
    List<RiskCiphertext> riskGroupsNotUnder(String activeKeyId, int limit) {
        return jdbc.sql("""
				SELECT id, risk_group_enc FROM help_request
				WHERE risk_group_enc IS NOT NULL AND LEFT(risk_group_enc, :length) <> :prefix ORDER BY id LIMIT :limit""")
                .param("prefix", activeKeyId + ":")
                .param("length", activeKeyId.length() + 1)
                .param("limit", limit)
                .query((rs, i) -> new RiskCiphertext(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    record RiskCiphertext(UUID id, String ciphertext) {}

    private static HelpRequestStatus status(String value) {
        return value == null ? null : HelpRequestStatus.valueOf(value);
    }

    static HelpRequest map(ResultSet rs, int i) throws SQLException {
        var submitterPhone = rs.getString("submitter_phone");
        return new HelpRequest(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                rs.getObject("series_id", UUID.class),
                rs.getString("resident_name"),
                new PhoneNumber(rs.getString("resident_phone")),
                rs.getString("street_address"),
                rs.getString("district_id"),
                HelpKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getDate("requested_date").toLocalDate(),
                rs.getTime("time_from").toLocalTime(),
                rs.getTime("time_to").toLocalTime(),
                Recurrence.valueOf(rs.getString("recurrence")),
                PaymentMethod.valueOf(rs.getString("payment_method")),
                rs.getString("code_word"),
                rs.getString("language"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("submitter_name"),
                submitterPhone == null ? null : new PhoneNumber(submitterPhone),
                rs.getString("submitter_relation"),
                HelpRequestStatus.valueOf(rs.getString("status")),
                rs.getString("not_helped_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
