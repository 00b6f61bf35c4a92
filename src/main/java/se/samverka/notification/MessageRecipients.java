package se.samverka.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.audit.PersonDirectory;
import se.samverka.shared.PersonRef;

/**
 * The recipients of outbox messages, for the data-protection officer's search of the audit log: a search for an
 * e-mail address or phone number finds who read the messages sent to it in the Utkorg.
 */
@Component
class MessageRecipients implements PersonDirectory {

    private final OutboxRepository outbox;

    MessageRecipients(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<PersonRef> findMatching(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return outbox.idsWithRecipientLike(text, 200).stream()
                .map(PersonRef::messageRecipient)
                .toList();
    }

    @Override
    public Map<PersonRef, String> displayNames(Collection<PersonRef> persons) {
        var ids = persons.stream()
                .filter(p -> p.kind() == PersonRef.Kind.MESSAGE_RECIPIENT)
                .map(PersonRef::id)
                .toList();
        var names = new HashMap<PersonRef, String>();
        outbox.recipientsOf(ids).forEach((id, recipient) -> names.put(PersonRef.messageRecipient(id), recipient));
        return names;
    }
}
