package se.samverka.shared;

import java.util.Objects;
import java.util.UUID;

/**
 * A person Samverka holds data about, named by kind and id and never by name, so it can be written to the audit
 * log and the consent register without copying personal data there. A resident is named by the id of their help
 * request (a resident has no account); an idea's contact by the idea's id.
 *
 * @param kind what kind of person
 * @param id the id of the record that holds the person
 */
public record PersonRef(Kind kind, UUID id) {

    public enum Kind {
        VOLUNTEER,
        RESIDENT,
        ACCOUNT,
        IDEA_CONTACT,
        /** whoever an e-mail or SMS went to, named by the id of the message (the outbox knows no person) */
        MESSAGE_RECIPIENT,
        /** a spontaneous volunteer who signed up during a crisis, named by their sign-up's id */
        SPONTANEOUS,
        /** whoever is on a list an administrator imported, named by the id of the import */
        IMPORTED_LIST
    }

    public PersonRef {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
    }

    public static PersonRef volunteer(UUID id) {
        return new PersonRef(Kind.VOLUNTEER, id);
    }

    public static PersonRef resident(UUID helpRequestId) {
        return new PersonRef(Kind.RESIDENT, helpRequestId);
    }

    public static PersonRef account(UUID accountId) {
        return new PersonRef(Kind.ACCOUNT, accountId);
    }

    public static PersonRef spontaneous(UUID signupId) {
        return new PersonRef(Kind.SPONTANEOUS, signupId);
    }

    public static PersonRef importedList(UUID importId) {
        return new PersonRef(Kind.IMPORTED_LIST, importId);
    }

    public static PersonRef messageRecipient(UUID messageId) {
        return new PersonRef(Kind.MESSAGE_RECIPIENT, messageId);
    }
}
