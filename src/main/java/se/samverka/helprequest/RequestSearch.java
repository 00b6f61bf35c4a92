package se.samverka.helprequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.shared.PhoneNumber;

/**
 * Finds requests for staff by what they would type: the number, part of the resident's or asker's name or of the
 * address, or a phone number (whole or part of its digits). The risk-group answer is encrypted and never searched.
 */
@Repository
class RequestSearch {

    private final JdbcClient jdbc;

    RequestSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RequestHit> search(String text, int limit) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) {
            return List.of();
        }
        var parts = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        params.put("like", "%" + needle.replace("\\", "").replace("%", "").replace("_", "") + "%");
        params.put("limit", limit);
        parts.add("LOWER(resident_name) LIKE :like");
        parts.add("LOWER(submitter_name) LIKE :like");
        parts.add("LOWER(street_address) LIKE :like");
        var number = needle.startsWith("#") ? needle.substring(1) : needle;
        if (number.matches("[0-9]{1,18}")) {
            parts.add("number = :number");
            params.put("number", Long.parseLong(number));
        }
        var phone = PhoneNumber.ifValid(needle);
        var digits = needle.replaceAll("[\\s()-]", "");
        if (phone.isPresent()) {
            parts.add("resident_phone = :phone OR submitter_phone = :phone");
            params.put("phone", phone.get().e164());
        } else if (digits.matches("\\+?[0-9]{4,15}")) {
            parts.add("resident_phone LIKE :phoneLike OR submitter_phone LIKE :phoneLike");
            params.put(
                    "phoneLike", "%" + (digits.startsWith("0") ? digits.substring(1) : digits.replace("+", "")) + "%");
        }
        return jdbc.sql("SELECT id, number, resident_name, street_address, requested_date, status FROM help_request"
                        + " WHERE " + String.join(" OR ", parts)
                        + " ORDER BY created_at DESC LIMIT :limit")
                .params(params)
                .query((rs, i) -> new RequestHit(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate(),
                        HelpRequestStatus.valueOf(rs.getString(6))))
                .list();
    }

    /** Requests not yet closed whose resident has this phone number, newest first. */
    List<RequestHit> openWithPhone(PhoneNumber phone, int limit) {
        return jdbc.sql("""
				SELECT id, number, resident_name, street_address, requested_date, status FROM help_request
				WHERE resident_phone = :phone AND status IN ('NEW', 'OPEN', 'ASSIGNED')
				ORDER BY created_at DESC LIMIT :limit""")
                .param("phone", phone.e164())
                .param("limit", limit)
                .query((rs, i) -> new RequestHit(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDate(5).toLocalDate(),
                        HelpRequestStatus.valueOf(rs.getString(6))))
                .list();
    }
}
