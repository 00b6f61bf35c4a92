package se.samverka.callout;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/**
 * A volunteer's call-out asks, skips and contact ledger. Erasure deletes them; a call-out keeps its counts (asked,
 * accepted per wave), which name nobody.
 */
@Component
@Order(200)
class CalloutPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    CalloutPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "callout";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return List.of();
        }
        var id = who.ref().id();
        return List.of(
                PersonalDataSection.of(
                        module(), "asks", jdbc.sql("""
						SELECT c.title, c.need_date, a.wave, a.channel, a.status, a.asked_at, a.answered_at, a.stood_down_at
						FROM callout_ask a JOIN callout c ON c.id = a.callout_id WHERE a.volunteer_id = ?
						ORDER BY a.asked_at""").param(id).query().listOfRows()),
                PersonalDataSection.of(
                        module(),
                        "ledger",
                        jdbc.sql(
                                        "SELECT happened_at, entry, channel, source FROM contact_log WHERE volunteer_id = ? ORDER BY happened_at")
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
        int removed = jdbc.sql("DELETE FROM callout_ask WHERE volunteer_id = ?")
                .param(id)
                .update();
        removed += jdbc.sql("DELETE FROM contact_log WHERE volunteer_id = ?")
                .param(id)
                .update();
        return new ErasureOutcome(module(), removed, 0, List.of("privacy.kept.calloutCounts"));
    }
}
