package se.samverka.helprequest;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.PhoneNumber;

/**
 * Finds requests by the resident or by the person who asked on their behalf: part of a name, or a phone number.
 * A resident is named by their request, so a person with many requests has many ids.
 */
@Repository
class ResidentLookup {

    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    ResidentLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> idsMatching(String text) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) {
            return List.of();
        }
        var phone = PhoneNumber.ifValid(needle).map(PhoneNumber::e164).orElse("-");
        return jdbc.sql("""
				SELECT id FROM help_request
				WHERE LOWER(resident_name) LIKE :like OR LOWER(submitter_name) LIKE :like
				 OR resident_phone = :phone OR submitter_phone = :phone
				ORDER BY created_at DESC LIMIT :limit""")
                .param("like", "%" + needle.replace("%", "").replace("_", "") + "%")
                .param("phone", phone)
                .param("limit", LIMIT)
                .query(UUID.class)
                .list();
    }

    /** The resident's name with the request number, so two requests of one person are told apart. */
    Map<UUID, String> namesOf(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, resident_name, number FROM help_request WHERE id IN (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        names.put(rs.getObject(1, UUID.class), rs.getString(2) + " (#" + rs.getLong(3) + ")");
                    });
        }
        return names;
    }

    /** The request's weekly series and every request with one of the phone numbers as the resident's. */
    List<UUID> sameResident(UUID requestId, Collection<String> phones) {
        var ids = new LinkedHashSet<UUID>(
                jdbc.sql("""
				SELECT id FROM help_request WHERE series_id = (SELECT series_id FROM help_request WHERE id = ?)
				ORDER BY created_at""").param(requestId).query(UUID.class).list());
        for (var phone : phones) {
            ids.addAll(jdbc.sql("SELECT id FROM help_request WHERE resident_phone = ? ORDER BY created_at")
                    .param(phone)
                    .query(UUID.class)
                    .list());
        }
        return List.copyOf(ids);
    }
}
