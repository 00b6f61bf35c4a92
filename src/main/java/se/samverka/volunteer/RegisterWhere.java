package se.samverka.volunteer;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** The WHERE clause of a filter with its parameters; {@code nobody} when no volunteer can match. */
record RegisterWhere(String sql, Map<String, Object> params, boolean nobody) {

    static RegisterWhere of(VolunteerFilter f) {
        var parts = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        parts.add("1 = 1");
        var text = f.text() == null ? "" : f.text().strip().toLowerCase(Locale.ROOT);
        if (!text.isEmpty()) {
            var like = "%" + text.replace("\\", "").replace("%", "").replace("_", "") + "%";
            var digits = text.replaceAll("[\\s()-]", "");
            var phoneParts = new ArrayList<String>();
            phoneParts.add("LOWER(v.name) LIKE :like");
            phoneParts.add("LOWER(v.email) LIKE :like");
            params.put("like", like);
            var phone = PhoneNumber.ifValid(text);
            if (phone.isPresent()) {
                phoneParts.add("v.phone = :phone");
                params.put("phone", phone.get().e164());
            } else if (digits.matches("\\+?[0-9]{4,15}")) {
                // part of a number as written in Sweden: a leading 0 is the country code's place
                var stored = digits.startsWith("0") ? digits.substring(1) : digits.replace("+", "");
                phoneParts.add("v.phone LIKE :phoneLike");
                params.put("phoneLike", "%" + stored + "%");
            }
            parts.add("(" + String.join(" OR ", phoneParts) + ")");
        }
        if (f.districtId() != null) {
            parts.add("EXISTS (SELECT 1 FROM volunteer_district d WHERE d.volunteer_id = v.id"
                    + " AND d.district_id = :district)");
            params.put("district", f.districtId());
        }
        if (f.kind() != null) {
            parts.add("EXISTS (SELECT 1 FROM volunteer_help_kind k WHERE k.volunteer_id = v.id AND k.kind = :kind)");
            params.put("kind", f.kind().name());
        }
        if (f.language() != null) {
            parts.add("EXISTS (SELECT 1 FROM volunteer_language l WHERE l.volunteer_id = v.id"
                    + " AND l.language = :language)");
            params.put("language", f.language());
        }
        if (f.signedUpFrom() != null) {
            parts.add("v.created_at >= :signedUpFrom");
            params.put("signedUpFrom", Timestamp.from(f.signedUpFrom()));
        }
        if (f.signedUpBefore() != null) {
            parts.add("v.created_at < :signedUpBefore");
            params.put("signedUpBefore", Timestamp.from(f.signedUpBefore()));
        }
        if (f.paused() != null && f.pausedOn() != null) {
            parts.add(
                    f.paused()
                            ? "v.paused_until > :pausedOn"
                            : "(v.paused_until IS NULL OR v.paused_until <= :pausedOn)");
            params.put("pausedOn", Date.valueOf(f.pausedOn()));
        }
        if (f.onlyAmong() != null) {
            if (f.onlyAmong().isEmpty()) {
                return new RegisterWhere("", Map.of(), true);
            }
            parts.add("v.id = ANY(:onlyAmong)");
            params.put("onlyAmong", idArray(f.onlyAmong()));
        }
        if (f.notAmong() != null && !f.notAmong().isEmpty()) {
            parts.add("NOT (v.id = ANY(:notAmong))");
            params.put("notAmong", idArray(f.notAmong()));
        }
        if (f.ready() != null) {
            var unmet = new ArrayList<String>();
            unmet.add("v.email_confirmed_at IS NULL");
            for (int i = 0; i < f.requirements().size(); i++) {
                var requirement = f.requirements().get(i);
                if (requirement.kinds().isEmpty()) {
                    continue;
                }
                var kinds = "EXISTS (SELECT 1 FROM volunteer_help_kind rk WHERE rk.volunteer_id = v.id"
                        + " AND rk.kind IN (:reqKinds" + i + "))";
                params.put(
                        "reqKinds" + i,
                        requirement.kinds().stream().map(HelpKind::name).toList());
                if (requirement.meeting().isEmpty()) {
                    unmet.add(kinds);
                } else {
                    unmet.add("(" + kinds + " AND NOT (v.id = ANY(:reqMeeting" + i + ")))");
                    params.put("reqMeeting" + i, idArray(requirement.meeting()));
                }
            }
            var anyUnmet = "(" + String.join(" OR ", unmet) + ")";
            parts.add(f.ready() ? "NOT " + anyUnmet : anyUnmet);
        }
        return new RegisterWhere(String.join(" AND ", parts), params, false);
    }

    /**
     * A set of ids as one array parameter ({@code = ANY(:ids)}), not a list that becomes one bind parameter per id: at
     * 100,000 volunteers a filter's set (everyone with a check, say) passes PostgreSQL's limit of 65,535 parameters.
     */
    static UUID[] idArray(Collection<UUID> ids) {
        return ids.toArray(UUID[]::new);
    }
}
