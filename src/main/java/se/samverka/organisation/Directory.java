package se.samverka.organisation;

import java.util.HashMap;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Searches the approved organisations by text, district and kind of activity, a page at a time. */
@Component
class Directory {

    static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final OrganisationRepository repository;

    Directory(JdbcClient jdbc, OrganisationRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    DirectoryPage search(String text, String district, ActivityKind activity, int page) {
        var where = new StringBuilder(" FROM organisation o WHERE o.status = 'APPROVED'");
        var params = new HashMap<String, Object>();
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(o.name) LIKE :text ESCAPE '\\' OR LOWER(o.purpose) LIKE :text ESCAPE '\\')");
            params.put(
                    "text",
                    "%"
                            + text.strip()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
        }
        if (district != null && !district.isBlank()) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM organisation_district d WHERE d.organisation_id = o.id AND d.district_id = :district)");
            params.put("district", district);
        }
        if (activity != null) {
            where.append(
                    " AND EXISTS (SELECT 1 FROM organisation_activity a WHERE a.organisation_id = o.id AND a.activity = :activity)");
            params.put("activity", activity.name());
        }
        var total = jdbc.sql("SELECT COUNT(*)" + where)
                .params(params)
                .query(Integer.class)
                .single();
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.min(Math.max(page, 1), pages);
        params.put("limit", PAGE_SIZE);
        params.put("offset", (current - 1) * PAGE_SIZE);
        var organisations = repository.load(
                "SELECT " + OrganisationRepository.COLUMNS.replace("\n", " ").replaceAll("(\\w+)", "o.$1") + where
                        + " ORDER BY o.name LIMIT :limit OFFSET :offset",
                params);
        return new DirectoryPage(organisations, current, pages, total);
    }
}
