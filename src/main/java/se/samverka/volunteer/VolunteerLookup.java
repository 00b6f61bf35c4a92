package se.samverka.volunteer;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.PhoneNumber;

/** Finds volunteers by what a person would type about them: part of the name or e-mail, or the phone number. */
@Repository
class VolunteerLookup {

    static final int LIMIT = 200;

    private final JdbcClient jdbc;

    VolunteerLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> idsMatching(String text) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) {
            return List.of();
        }
        var phone = PhoneNumber.ifValid(needle).map(PhoneNumber::e164).orElse("-");
        return jdbc.sql("""
				SELECT id FROM volunteer
				WHERE LOWER(name) LIKE :like OR LOWER(email) LIKE :like OR phone = :phone
				ORDER BY name LIMIT :limit""")
                .param("like", "%" + needle.replace("%", "").replace("_", "") + "%")
                .param("phone", phone)
                .param("limit", LIMIT)
                .query(UUID.class)
                .list();
    }

    Map<UUID, String> namesOf(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, name FROM volunteer WHERE id IN (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        names.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return names;
    }

    /** The volunteers with one of these addresses (lower case) or mobile numbers (E.164), 1,000 values a query. */
    List<VolunteerContact> withEmailOrPhone(Collection<String> emails, Collection<String> phones) {
        var found = new java.util.LinkedHashMap<UUID, VolunteerContact>();
        contacts("email", List.copyOf(emails), found);
        contacts("phone", List.copyOf(phones), found);
        return List.copyOf(found.values());
    }

    /** The volunteers with these ids, 1,000 ids a query. */
    Map<UUID, VolunteerContact> contactsOf(Collection<UUID> ids) {
        var found = new java.util.LinkedHashMap<UUID, VolunteerContact>();
        contacts("id", List.copyOf(ids), found);
        return found;
    }

    private void contacts(String column, List<?> values, Map<UUID, VolunteerContact> found) {
        for (int from = 0; from < values.size(); from += 1000) {
            jdbc.sql("SELECT id, name, email, phone, email_confirmed_at FROM volunteer WHERE " + column
                            + " IN (:values)")
                    .param("values", values.subList(from, Math.min(values.size(), from + 1000)))
                    .query(rs -> {
                        var id = rs.getObject(1, UUID.class);
                        found.putIfAbsent(
                                id,
                                new VolunteerContact(
                                        id,
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getTimestamp(5) != null));
                    });
        }
    }

    List<UUID> allIds() {
        return jdbc.sql("SELECT id FROM volunteer").query(UUID.class).list();
    }
}
