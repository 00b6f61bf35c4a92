package se.samverka.eid;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;

/** The link of a volunteer's account to their e-ID: exported as when it was verified (the hash says nothing). */
@Component
@Order(800)
class EidPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final EidRepository identities;

    EidPersonalData(JdbcClient jdbc, EidRepository identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    @Override
    public String module() {
        return "eid";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.accountId() == null) {
            return List.of();
        }
        var rows = jdbc.sql("SELECT verified_at FROM eid_identity WHERE account_id = ?")
                .param(who.accountId())
                .query()
                .listOfRows();
        return rows.isEmpty() ? List.of() : List.of(PersonalDataSection.of(module(), "eid_identity", rows));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        return ErasureOutcome.removed(module(), who.accountId() == null ? 0 : identities.delete(who.accountId()));
    }
}
