package se.samverka.effort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.HelpKind;

/** The public listing in SQL: published efforts with an open shift not yet past that fits the filter. */
@Repository
class EffortListingRepository {

    /**
     * What the listing is narrowed to; a null part does not narrow. {@code language} is a shift's language code.
     */
    record Filter(String districtId, HelpKind kind, LocalDate date, String language) {}

    private final JdbcClient jdbc;
    private final EffortRepository efforts;

    EffortListingRepository(JdbcClient jdbc, EffortRepository efforts) {
        this.jdbc = jdbc;
        this.efforts = efforts;
    }

    /** One page by offset, in order of period start and title. */
    List<Effort> listed(Filter filter, LocalDate today, int offset, int limit) {
        var params = params(filter, today);
        params.add(limit);
        params.add(offset);
        return efforts.withDistricts(
                jdbc.sql(EffortRepository.EFFORT + where(filter) + " ORDER BY e.period_start, e.title LIMIT ? OFFSET ?")
                        .params(params)
                        .query(EffortRepository::effort)
                        .list());
    }

    int countListed(Filter filter, LocalDate today) {
        return jdbc.sql("SELECT COUNT(*) FROM effort e" + where(filter))
                .params(params(filter, today))
                .query(Integer.class)
                .single();
    }

    /**
     * The listing a page at a time by key (period start, then id): the efforts after {@code afterStart}/{@code
     * afterId} (both null for the first page).
     */
    List<Effort> listedAfter(Filter filter, LocalDate today, LocalDate afterStart, UUID afterId, int limit) {
        var where = new StringBuilder(where(filter));
        var params = params(filter, today);
        if (afterId != null) {
            where.append(" AND (e.period_start > ? OR (e.period_start = ? AND e.id > ?))");
            params.add(afterStart);
            params.add(afterStart);
            params.add(afterId);
        }
        params.add(limit);
        return efforts.withDistricts(
                jdbc.sql(EffortRepository.EFFORT + where + " ORDER BY e.period_start, e.id LIMIT ?")
                        .params(params)
                        .query(EffortRepository::effort)
                        .list());
    }

    private static String where(Filter filter) {
        var shift = new StringBuilder(" WHERE e.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM effort_shift s"
                + " WHERE s.effort_id = e.id AND s.status = 'OPEN' AND s.shift_date >= ?");
        if (filter.districtId() != null) {
            shift.append(" AND s.district_id = ?");
        }
        if (filter.kind() != null) {
            shift.append(" AND EXISTS (SELECT 1 FROM effort_shift_kind k WHERE k.shift_id = s.id AND k.kind = ?)");
        }
        if (filter.date() != null) {
            shift.append(" AND s.shift_date = ?");
        }
        if (filter.language() != null) {
            shift.append(" AND s.language = ?");
        }
        return shift.append(")").toString();
    }

    /** The parameters of {@link #where} in its order. */
    private static List<Object> params(Filter filter, LocalDate today) {
        var params = new ArrayList<Object>();
        params.add(today);
        if (filter.districtId() != null) {
            params.add(filter.districtId());
        }
        if (filter.kind() != null) {
            params.add(filter.kind().name());
        }
        if (filter.date() != null) {
            params.add(filter.date());
        }
        if (filter.language() != null) {
            params.add(filter.language());
        }
        return params;
    }
}
