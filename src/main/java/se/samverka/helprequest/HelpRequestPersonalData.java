package se.samverka.helprequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/**
 * A resident's help requests: the request named by the reference, every request of its series and every request
 * with the same phone number. Erasure keeps the requests for the statistics (kind, district, date, status) and
 * replaces everything that names or locates the resident; the follow-up question and free text in the history go.
 */
@Component
@Order(500)
class HelpRequestPersonalData implements PersonalDataHolder {

    /** Stands for an erased resident's number: valid for the value type, nobody's number. */
    static final String ERASED_PHONE = "+46000000000";

    private final JdbcClient jdbc;

    private final ResidentLookup lookup;

    private final RiskGroups riskGroups;

    HelpRequestPersonalData(JdbcClient jdbc, ResidentLookup lookup, RiskGroups riskGroups) {
        this.lookup = lookup;
        this.riskGroups = riskGroups;
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "helprequest";
    }

    @Override
    public Optional<PersonIdentity> identify(PersonRef ref) {
        if (ref.kind() != PersonRef.Kind.RESIDENT) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "SELECT resident_name, resident_phone, submitter_phone, language FROM help_request WHERE id = ?")
                .param(ref.id())
                .query((rs, n) -> {
                    var phones = new LinkedHashSet<String>();
                    phones.add(rs.getString(2));
                    if (rs.getString(3) != null) {
                        phones.add(rs.getString(3));
                    }
                    phones.remove(ERASED_PHONE);
                    return new PersonIdentity(
                            ref,
                            DataSubjectRights.ERASED.equals(rs.getString(1)) ? null : rs.getString(1),
                            Set.of(),
                            phones,
                            null,
                            "en".equals(rs.getString(4)) ? "en" : "sv");
                })
                .optional();
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        var ids = requestIds(who);
        if (ids.isEmpty()) {
            return List.of();
        }
        var requests = new ArrayList<Map<String, Object>>();
        var history = new ArrayList<Map<String, Object>>();
        var followUps = new ArrayList<Map<String, Object>>();
        for (var id : ids) {
            requests.addAll(jdbc.sql("""
					SELECT number, resident_name, resident_phone, street_address, district_id, kind, description,
					       requested_date, time_from, time_to, recurrence, payment_method, code_word, language,
					       channel, submitter_name, submitter_phone, submitter_relation, status, not_helped_reason, created_at
					FROM help_request WHERE id = ?""").param(id).query().listOfRows().stream()
                    .map(row -> {
                        // the risk-group answer is stored encrypted: decrypted here, and the reading is audited
                        var withRisk = new LinkedHashMap<String, Object>(row);
                        withRisk.put("risk_group", riskGroups.view(id).orElse(null));
                        return (Map<String, Object>) withRisk;
                    })
                    .toList());
            history.addAll(jdbc.sql("""
					SELECT r.number, h.occurred_at, h.action, h.from_status, h.to_status, h.detail FROM help_request_history h
					JOIN help_request r ON r.id = h.request_id WHERE h.request_id = ? ORDER BY h.occurred_at""").param(id).query().listOfRows());
            followUps.addAll(
                    jdbc.sql("SELECT phone, asked_at, answer, answered_at FROM resident_followup WHERE request_id = ?")
                            .param(id)
                            .query()
                            .listOfRows());
        }
        return List.of(
                PersonalDataSection.of(module(), "requests", requests),
                PersonalDataSection.of(module(), "history", history),
                PersonalDataSection.of(module(), "followUps", followUps));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        var ids = requestIds(who);
        int removed = 0;
        int pseudonymised = 0;
        for (var id : ids) {
            removed += jdbc.sql("DELETE FROM resident_followup WHERE request_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("UPDATE help_request_history SET detail = NULL WHERE request_id = ?")
                    .param(id)
                    .update();
            pseudonymised += jdbc.sql("""
					UPDATE help_request SET resident_name = ?, resident_phone = ?, street_address = ?, description = ?,
					       code_word = ?, submitter_name = NULL, submitter_phone = NULL, submitter_relation = NULL,
					       risk_group_enc = NULL
					WHERE id = ?""")
                    .params(
                            DataSubjectRights.ERASED,
                            ERASED_PHONE,
                            DataSubjectRights.ERASED,
                            DataSubjectRights.ERASED,
                            DataSubjectRights.ERASED,
                            id)
                    .update();
            jdbc.sql("UPDATE help_request SET not_helped_reason = ? WHERE id = ? AND not_helped_reason IS NOT NULL")
                    .params(DataSubjectRights.ERASED, id)
                    .update();
        }
        return new ErasureOutcome(
                module(),
                removed,
                pseudonymised,
                ids.isEmpty() ? List.of() : List.of("privacy.kept.requestStatistics"));
    }

    /** The resident's requests: the one named, its series, and every request with one of their numbers. */
    private List<UUID> requestIds(PersonIdentity who) {
        return who.ref().kind() == PersonRef.Kind.RESIDENT
                ? lookup.sameResident(who.ref().id(), who.phones())
                : List.of();
    }
}
