package se.samverka.privacy;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The event publication log keeps each event as JSON, and some events carry a name or an address (a sign-up, a
 * login link). Publications that mention the person are deleted, processed or not: nothing more is to be sent to
 * an erased person.
 */
@Component
@Order(1000)
class EventPublications implements PersonalDataHolder {

    @Override
    public String module() {
        return "platform";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        return List.of();
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        var removed = 0;
        for (var address : addresses(who)) {
            removed += jdbc.sql("DELETE FROM event_publication WHERE serialized_event LIKE ?")
                    .param(like(address))
                    .update();
        }
        // a name may be someone else's too: only publications already processed go by name
        if (who.name() != null && !who.name().isBlank()) {
            removed += jdbc.sql(
                            "DELETE FROM event_publication WHERE completion_date IS NOT NULL AND serialized_event LIKE ?")
                    .param(like(who.name()))
                    .update();
        }
        return ErasureOutcome.removed(module(), removed);
    }

    private static List<String> addresses(PersonIdentity who) {
        var all = new ArrayList<String>(who.emails());
        all.addAll(who.phoneForms());
        return all;
    }

    static String like(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private final JdbcClient jdbc;

    EventPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }
}
