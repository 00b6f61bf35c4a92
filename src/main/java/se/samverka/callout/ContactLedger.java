package se.samverka.callout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every ask, answer, stand-down and thank-you Samverka sends a volunteer. Asks count against the volunteer's
 * contact budget, whoever asked: a call-out, a coordinator's offer or a direct assignment.
 */
@Service
public class ContactLedger {

    private final JdbcClient jdbc;

    ContactLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the lock every asker holds until its transaction ends: between reading budgets and recording asks
     * nobody else asks, on any app instance.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForAsking() {
        jdbc.sql("SELECT id FROM contact_lock WHERE id = 1 FOR UPDATE")
                .query(Integer.class)
                .single();
    }

    /** Records a contact; a second record of the same entry about the same thing changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean record(
            UUID volunteerId, ContactEntry entry, String channel, ContactSource source, UUID refId, Instant at) {
        return jdbc.sql("""
				INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id)
				SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS
				  (SELECT 1 FROM contact_log WHERE volunteer_id = ? AND ref_id = ? AND entry = ?)""")
                        .params(
                                UUID.randomUUID(),
                                volunteerId,
                                Timestamp.from(at),
                                entry.name(),
                                channel,
                                source.name(),
                                refId,
                                volunteerId,
                                refId,
                                entry.name())
                        .update()
                == 1;
    }

    /** The asks made of each volunteer since the instant, newest first. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Instant>> asksSince(Collection<UUID> volunteerIds, Instant since) {
        var result = new HashMap<UUID, List<Instant>>();
        if (volunteerIds.isEmpty()) {
            return result;
        }
        var ids = List.copyOf(volunteerIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("""
					SELECT volunteer_id, happened_at FROM contact_log
					WHERE entry = 'ASK' AND happened_at >= :since AND volunteer_id IN (:ids)
					ORDER BY happened_at DESC""")
                    .param("since", Timestamp.from(since))
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(rs.getTimestamp(2).toInstant());
                    });
        }
        return result;
    }

    /** Every volunteer's asks since the instant, newest first: for building the call-out's index. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Instant>> allAsksSince(Instant since) {
        var result = new HashMap<UUID, List<Instant>>();
        jdbc.sql("""
				SELECT volunteer_id, happened_at FROM contact_log WHERE entry = 'ASK' AND happened_at >= ?
				ORDER BY happened_at DESC""").param(Timestamp.from(since)).query(rs -> {
            result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(rs.getTimestamp(2).toInstant());
        });
        return result;
    }

    /**
     * The volunteers asked at least {@code times} times since the instant (one grouped query): with the ask
     * frequency's count and window, whose contact budget is used up now.
     */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> askedAtLeast(int times, Instant since) {
        var result = new java.util.HashSet<UUID>();
        jdbc.sql("""
				SELECT volunteer_id FROM contact_log WHERE entry = 'ASK' AND happened_at >= ?
				GROUP BY volunteer_id HAVING COUNT(*) >= ?""").params(Timestamp.from(since), times).query(rs -> {
            result.add(rs.getObject(1, UUID.class));
        });
        return result;
    }

    /** One volunteer's contacts, newest first, at most {@code limit}, with times in the zone. */
    @Transactional(readOnly = true)
    public List<ContactLine> of(UUID volunteerId, int limit, java.time.ZoneId zone) {
        return jdbc.sql("""
				SELECT volunteer_id, happened_at, entry, channel, source, ref_id FROM contact_log
				WHERE volunteer_id = ? ORDER BY happened_at DESC, entry LIMIT ?""")
                .params(volunteerId, limit)
                .query((rs, i) -> new ContactLine(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant().atZone(zone),
                        ContactEntry.valueOf(rs.getString(3)),
                        rs.getString(4),
                        ContactSource.valueOf(rs.getString(5)),
                        rs.getObject(6, UUID.class)))
                .list();
    }
}
