package se.samverka.privacy;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.samverka.shared.PersonRef;

/**
 * A person as the modules need them to find their rows: the reference, and the name, e-mail addresses and phone
 * numbers (E.164) for modules that key by address.
 *
 * @param ref the person
 * @param name their name, or null
 * @param emails lower-case e-mail addresses
 * @param phones phone numbers in E.164 form
 * @param accountId the login account, or null
 * @param language sv or en, for what is sent to them
 */
public record PersonIdentity(
        PersonRef ref, String name, Set<String> emails, Set<String> phones, UUID accountId, String language) {

    public PersonIdentity {
        Objects.requireNonNull(ref);
        emails = Set.copyOf(emails);
        phones = Set.copyOf(phones);
        language = "en".equals(language) ? "en" : "sv";
    }

    /** Each phone number in E.164 and in the national form with a leading 0, as people type them. */
    public Set<String> phoneForms() {
        var forms = new LinkedHashSet<String>(phones);
        for (var phone : phones) {
            if (phone.startsWith("+46")) {
                forms.add("0" + phone.substring(3));
            }
        }
        return forms;
    }

    /** The strings that identify the person in free text: name, addresses and numbers. */
    public Set<String> identifiers() {
        var all = new LinkedHashSet<String>();
        if (name != null && !name.isBlank()) {
            all.add(name);
        }
        all.addAll(emails);
        all.addAll(phoneForms());
        return all;
    }

    public PersonIdentity withRef(PersonRef other) {
        return new PersonIdentity(other, name, emails, phones, accountId, language);
    }
}
