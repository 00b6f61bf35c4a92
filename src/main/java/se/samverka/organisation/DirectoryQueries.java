package se.samverka.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public directory: the approved organisations its filters let through, counted and a page at a time. */
@Repository
class DirectoryQueries {

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;

    DirectoryQueries(JdbcClient jdbc, OrganisationRepository organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    /** How many approved organisations the directory's filters let through. */
    int countApproved(String text, String district, ActivityKind activity) {
        var params = new HashMap<String, Object>();
        return jdbc.sql("SELECT COUNT(*)" + approvedWhere(text, district, activity, params))
                .params(params)
                .query(Integer.class)
                .single();
    }

    /** A page of the approved organisations the directory's filters let through, by name. */
    List<Organisation> approved(String text, String district, ActivityKind activity, int limit, int offset) {
        var params = new HashMap<String, Object>();
        var where = approvedWhere(text, district, activity, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return organisations.load(
                "SELECT " + OrganisationRepository.COLUMNS.replace("\n", " ").replaceAll("(\\w+)", "o.$1") + where
                        + " ORDER BY o.name LIMIT :limit OFFSET :offset",
                params);
    }

    /** Text (blank for any) in the name or purpose, a district and an activity (null for any). */
    private static String approvedWhere(
            String text, String district, ActivityKind activity, Map<String, Object> params) {
        var where = new StringBuilder(" FROM organisation o WHERE o.status = 'APPROVED'");
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
        return where.toString();
    }
}
