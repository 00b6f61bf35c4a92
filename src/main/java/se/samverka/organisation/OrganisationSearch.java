package se.samverka.organisation;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds organisations for staff by part of the name or of the organisationsnummer (with or without the dash). */
@Repository
class OrganisationSearch {

    private final JdbcClient jdbc;

    OrganisationSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OrganisationHit> search(String text, int limit) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) {
            return List.of();
        }
        var digits = needle.replace("-", "").replace(" ", "");
        return jdbc.sql("""
				SELECT id, name, org_number, status FROM organisation
				WHERE LOWER(name) LIKE :like OR (:digits <> '' AND REPLACE(org_number, '-', '') LIKE :digitsLike)
				ORDER BY name LIMIT :limit""")
                .param("like", "%" + needle.replace("\\", "").replace("%", "").replace("_", "") + "%")
                .param("digits", digits.matches("[0-9]{4,10}") ? digits : "")
                .param("digitsLike", "%" + digits + "%")
                .param("limit", limit)
                .query((rs, i) -> new OrganisationHit(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        OrganisationStatus.valueOf(rs.getString(4))))
                .list();
    }
}
