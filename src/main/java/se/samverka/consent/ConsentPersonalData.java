package se.samverka.consent;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;

/**
 * The person's consents. Erasure first withdraws those that hold (so the modules using the data stop), then keeps
 * the records, which name the person only by id, as proof of what was consented to and when; who recorded a consent
 * is blanked where it was the person themself.
 */
@Component
@Order(50)
class ConsentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final Consents consents;

    ConsentPersonalData(JdbcClient jdbc, Consents consents) {
        this.jdbc = jdbc;
        this.consents = consents;
    }

    @Override
    public String module() {
        return "consent";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        return List.of(PersonalDataSection.of(
                module(),
                "consents",
                jdbc.sql("""
				SELECT purpose, notice_version, given_at, withdrawn_at FROM consent_record
				WHERE person_kind = ? AND person_id = ? ORDER BY given_at""")
                        .params(who.ref().kind().name(), who.ref().id())
                        .query()
                        .listOfRows()));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        for (var purpose : ConsentPurpose.values()) {
            consents.withdraw(who.ref(), purpose);
        }
        int pseudonymised = 0;
        for (var email : who.emails()) {
            pseudonymised += jdbc.sql("UPDATE consent_record SET recorded_by = ? WHERE LOWER(recorded_by) = ?")
                    .params(Consents.SELF, email)
                    .update();
        }
        return new ErasureOutcome(module(), 0, pseudonymised, List.of("privacy.kept.consents"));
    }
}
