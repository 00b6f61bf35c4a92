package se.samverka.crisis;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.retention.RetentionCategory;
import se.samverka.retention.RetentionProperties;
import se.samverka.retention.RetentionRule;

/**
 * Spontaneous volunteers are kept only for the crisis they signed up for and the period after it: a sign-up is deleted
 * when its crisis ended longer ago than the rule says (never while its crisis runs), and the record of a thank-you
 * (the number it went to) when it was sent longer ago.
 */
@Component
class SpontaneousRetention implements RetentionCategory {

    static final String NAME = "spontaneous-volunteers";

    private final JdbcClient jdbc;
    private final RetentionProperties properties;

    SpontaneousRetention(JdbcClient jdbc, RetentionProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetentionRule rule() {
        return properties.rule(NAME);
    }

    @Override
    @Transactional
    public int purgeBatch(Instant cutoff, int batchSize) {
        var before = Timestamp.from(cutoff);
        int removed = jdbc.sql("""
				DELETE FROM spontaneous_volunteer WHERE id IN (
				  SELECT s.id FROM spontaneous_volunteer s JOIN crisis c ON c.id = s.crisis_id
				  WHERE c.ended_at IS NOT NULL AND c.ended_at < ? ORDER BY c.ended_at LIMIT ?)""").params(before, batchSize).update();
        if (removed < batchSize) {
            removed += jdbc.sql("""
					DELETE FROM crisis_thanks WHERE (crisis_id, phone) IN (
					  SELECT crisis_id, phone FROM crisis_thanks WHERE thanked_at < ? ORDER BY thanked_at LIMIT ?)""").params(before, batchSize - removed).update();
        }
        return removed;
    }
}
