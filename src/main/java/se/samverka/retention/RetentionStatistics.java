package se.samverka.retention;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of removed records per month, category and kind: a category adds what it is about to remove, in the same
 * transaction as the removal, so that totals survive it.
 */
@Service
public class RetentionStatistics {

    private final JdbcClient jdbc;

    RetentionStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds to the count of the month (its first day is stored), category and kind. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(LocalDate month, String category, String kind, long count) {
        if (count <= 0) {
            return;
        }
        var first = month.withDayOfMonth(1);
        var updated = jdbc.sql(
                        "UPDATE retention_statistics SET removed = removed + ? WHERE month_start = ? AND category = ? AND kind = ?")
                .params(count, first, category, kind)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO retention_statistics (month_start, category, kind, removed) VALUES (?, ?, ?, ?)")
                    .params(first, category, kind, count)
                    .update();
        }
    }

    /** The total removed of a category and kind, over all months. */
    @Transactional(readOnly = true)
    public long total(String category, String kind) {
        return jdbc.sql("SELECT COALESCE(SUM(removed), 0) FROM retention_statistics WHERE category = ? AND kind = ?")
                .params(category, kind)
                .query(Long.class)
                .single();
    }
}
