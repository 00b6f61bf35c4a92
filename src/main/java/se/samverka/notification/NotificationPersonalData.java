package se.samverka.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;

/**
 * E-mails and SMS sent to the person (the outbox is also the log of sent messages) and SMS received from their
 * number. Erasure deletes messages to and from them, and replaces their name, addresses and numbers where other
 * messages mention them (a coordinator told who accepted a task).
 */
@Component
@Order(300)
class NotificationPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    NotificationPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "notification";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        var outbox = new ArrayList<Map<String, Object>>();
        for (var address : addresses(who)) {
            outbox.addAll(jdbc.sql("""
					SELECT channel, recipient, subject, body, status, created_at, sent_at FROM outbox_message
					WHERE LOWER(recipient) = ? ORDER BY created_at""").param(address).query().listOfRows());
        }
        var inbound = new ArrayList<Map<String, Object>>();
        for (var phone : who.phoneForms()) {
            inbound.addAll(jdbc.sql(
                            "SELECT from_number, message, answer, received_at FROM inbound_sms WHERE from_number = ? ORDER BY received_at")
                    .param(phone)
                    .query()
                    .listOfRows());
        }
        return List.of(
                PersonalDataSection.of(module(), "outbox", outbox),
                PersonalDataSection.of(module(), "inboundSms", inbound));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        int removed = 0;
        for (var address : addresses(who)) {
            removed += jdbc.sql("DELETE FROM outbox_message WHERE LOWER(recipient) = ?")
                    .param(address)
                    .update();
        }
        for (var phone : who.phoneForms()) {
            removed += jdbc.sql("DELETE FROM inbound_sms WHERE from_number = ?")
                    .param(phone)
                    .update();
        }
        int pseudonymised = 0;
        for (var identifier : who.identifiers()) {
            pseudonymised += jdbc.sql("""
					UPDATE outbox_message SET subject = REPLACE(subject, ?, ?), body = REPLACE(body, ?, ?)
					WHERE subject LIKE ? OR body LIKE ?""")
                    .params(
                            identifier,
                            DataSubjectRights.ERASED,
                            identifier,
                            DataSubjectRights.ERASED,
                            like(identifier),
                            like(identifier))
                    .update();
        }
        return new ErasureOutcome(module(), removed, pseudonymised, List.of());
    }

    private static List<String> addresses(PersonIdentity who) {
        var all = new ArrayList<String>(who.emails());
        all.addAll(who.phoneForms());
        return all;
    }

    private static String like(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
