package se.samverka.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/**
 * The contact details of whoever submitted an idea, found by the idea (an idea contact) or by e-mail address (a
 * volunteer who also submitted ideas). Erasure keeps the idea, which belongs to the municipality's work, and
 * replaces the submitter's name and addresses.
 */
@Component
@Order(400)
class IdeaPersonalData implements PersonalDataHolder {

    private final IdeaContactRepository contacts;

    IdeaPersonalData(IdeaContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public String module() {
        return "idea";
    }

    @Override
    public Optional<PersonIdentity> identify(PersonRef ref) {
        if (ref.kind() != PersonRef.Kind.IDEA_CONTACT) {
            return Optional.empty();
        }
        return contacts.submitterOf(ref);
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        var rows = new ArrayList<Map<String, Object>>();
        if (who.ref().kind() == PersonRef.Kind.IDEA_CONTACT) {
            rows.addAll(contacts.exportById(who.ref().id()));
        } else {
            for (var email : who.emails()) {
                rows.addAll(contacts.exportByEmail(email));
            }
        }
        return rows.isEmpty() ? List.of() : List.of(PersonalDataSection.of(module(), "ideas", rows));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        int pseudonymised = 0;
        if (who.ref().kind() == PersonRef.Kind.IDEA_CONTACT) {
            pseudonymised += contacts.pseudonymiseById(who.ref().id());
        }
        for (var email : who.emails()) {
            pseudonymised += contacts.pseudonymiseByEmail(email);
        }
        return new ErasureOutcome(
                module(), 0, pseudonymised, pseudonymised == 0 ? List.of() : List.of("privacy.kept.ideas"));
    }
}
