package se.samverka.safeguarding;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/** A volunteer's safeguarding checks and confidentiality pledges. Erasure deletes both. */
@Component
@Order(200)
class SafeguardingPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    SafeguardingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "safeguarding";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return List.of();
        }
        var id = who.ref().id();
        return List.of(
                PersonalDataSection.of(
                        module(), "checks", jdbc.sql("""
						SELECT kind, checked_on, expires_on, checked_by, note, created_at FROM safeguarding_check
						WHERE volunteer_id = ? ORDER BY checked_on""").param(id).query().listOfRows()),
                PersonalDataSection.of(
                        module(),
                        "pledges",
                        jdbc.sql(
                                        "SELECT version, accepted_at FROM safeguarding_pledge WHERE volunteer_id = ? ORDER BY accepted_at")
                                .param(id)
                                .query()
                                .listOfRows()));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return ErasureOutcome.removed(module(), 0);
        }
        var id = who.ref().id();
        int removed = jdbc.sql("DELETE FROM safeguarding_check WHERE volunteer_id = ?")
                .param(id)
                .update();
        removed += jdbc.sql("DELETE FROM safeguarding_pledge WHERE volunteer_id = ?")
                .param(id)
                .update();
        return ErasureOutcome.removed(module(), removed);
    }
}
