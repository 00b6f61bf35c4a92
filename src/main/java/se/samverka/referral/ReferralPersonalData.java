package se.samverka.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.helprequest.HelpRequests;
import se.samverka.organisation.Organisations;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/**
 * A resident's referrals to associations and the recorded consent to share. Erasure replaces the summary and the
 * free-text notes (they may describe the resident); which association was asked and the answer stay, without
 * anything that names the resident.
 */
@Component
@Order(400)
class ReferralPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    private final HelpRequests helpRequests;
    private final Organisations organisations;

    private static Map.Entry<String, Object> organisationOf(Map<String, Object> row) {
        return row.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("organisation"))
                .findFirst()
                .orElseThrow();
    }

    ReferralPersonalData(JdbcClient jdbc, HelpRequests helpRequests, Organisations organisations) {
        this.organisations = organisations;
        this.helpRequests = helpRequests;
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "referral";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.RESIDENT) {
            return List.of();
        }
        var consents = new ArrayList<Map<String, Object>>();
        var referrals = new ArrayList<Map<String, Object>>();
        for (var id : requestIds(who)) {
            consents.addAll(jdbc.sql("SELECT method, note, recorded_at FROM referral_consent WHERE request_id = ?")
                    .param(id)
                    .query()
                    .listOfRows());
            referrals.addAll(jdbc.sql("""
					SELECT r.organisation_id AS organisation, r.status, r.summary, r.offered_at, r.answered_at,
					  r.decline_reason FROM referral r WHERE r.request_id = ? ORDER BY r.offered_at""").param(id).query().listOfRows());
        }
        var names = organisations.namesOf(
                referrals.stream().map(r -> (UUID) organisationOf(r).getValue()).toList());
        // the organisation's name, as the organisation module keeps it; rows of a deleted one are left out
        referrals.removeIf(r -> !names.containsKey((UUID) organisationOf(r).getValue()));
        referrals.forEach(r ->
                organisationOf(r).setValue(names.get((UUID) organisationOf(r).getValue())));
        return List.of(
                PersonalDataSection.of(module(), "consents", consents),
                PersonalDataSection.of(module(), "referrals", referrals));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.RESIDENT) {
            return ErasureOutcome.removed(module(), 0);
        }
        int pseudonymised = 0;
        for (var id : requestIds(who)) {
            pseudonymised += jdbc.sql("UPDATE referral_consent SET note = NULL WHERE request_id = ?")
                    .param(id)
                    .update();
            pseudonymised += jdbc.sql("UPDATE referral SET summary = ? WHERE request_id = ?")
                    .params(DataSubjectRights.ERASED, id)
                    .update();
            jdbc.sql("UPDATE referral SET decline_reason = ? WHERE request_id = ? AND decline_reason IS NOT NULL")
                    .params(DataSubjectRights.ERASED, id)
                    .update();
        }
        return new ErasureOutcome(module(), 0, pseudonymised, List.of());
    }

    /** Runs before the help requests are pseudonymised, so the numbers still find them. */
    private List<UUID> requestIds(PersonIdentity who) {
        return helpRequests.requestsOfSameResident(who.ref().id(), who.phones());
    }
}
