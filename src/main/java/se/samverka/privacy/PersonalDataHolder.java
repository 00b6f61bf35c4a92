package se.samverka.privacy;

import java.util.List;
import java.util.Optional;
import se.samverka.shared.PersonRef;

/**
 * Implemented by every module that stores personal data, so that access and erasure reach every table. A module
 * finds its rows by the person's id or, where it keys by address, by the e-mail addresses and phone numbers of
 * the {@link PersonIdentity}. Erasure runs the holders in their order (Spring's {@code @Order}): those that hold
 * rows pointing at the volunteer first, the volunteer next, the login account last.
 */
public interface PersonalDataHolder {

    /** The module's name, as in the export. */
    String module();

    /** Everything the module holds about the person, as readable sections; empty when it holds nothing. */
    List<PersonalDataSection> export(PersonIdentity who);

    /** Removes or pseudonymises the person in the module's tables, inside the caller's transaction. */
    ErasureOutcome erase(PersonIdentity who);

    /** Who the person named by the reference is, when this module holds the record that names them. */
    default Optional<PersonIdentity> identify(PersonRef ref) {
        return Optional.empty();
    }

    /** The person who logs in with this username, when this module knows them. */
    default Optional<PersonRef> byLogin(String username) {
        return Optional.empty();
    }

    /** Message keys of what erasure will do that the person should know first (a task handed back, say). */
    default List<String> erasureConsequences(PersonIdentity who) {
        return List.of();
    }
}
