package se.samverka.account;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;

/**
 * The login account, unused login links and stored sessions. Runs last: the volunteer row points at the account.
 * Erasure deletes all three, which also ends every session of the person.
 */
@Component
@Order(900)
class AccountPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    AccountPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "account";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.accountId() == null) {
            return List.of();
        }
        return List.of(PersonalDataSection.of(
                module(),
                "account",
                jdbc.sql("SELECT username, display_name, role, locale, enabled, created_at FROM account WHERE id = ?")
                        .param(who.accountId())
                        .query()
                        .listOfRows()));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        int removed = 0;
        var usernames = new java.util.LinkedHashSet<String>(who.emails());
        if (who.accountId() != null) {
            usernames.addAll(jdbc.sql("SELECT username FROM account WHERE id = ?")
                    .param(who.accountId())
                    .query(String.class)
                    .list());
        }
        for (var username : usernames) {
            removed += jdbc.sql("DELETE FROM one_time_tokens WHERE username = ?")
                    .param(username)
                    .update();
            removed += jdbc.sql("DELETE FROM spring_session WHERE principal_name = ?")
                    .param(username)
                    .update();
        }
        if (who.accountId() != null) {
            removed += jdbc.sql("DELETE FROM account WHERE id = ? AND role IN ('VOLUNTEER', 'REPRESENTATIVE')")
                    .param(who.accountId())
                    .update();
        }
        return ErasureOutcome.removed(module(), removed);
    }
}
