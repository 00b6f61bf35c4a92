package se.samverka.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import se.samverka.shared.PersonRef;

/**
 * Finds and names the persons a module holds data about, for the data-protection officer's search of the audit log.
 * The modules that hold persons (volunteer, helprequest) implement it through their own query methods, so the audit
 * module depends on none of them and they may all write to the audit log.
 */
public interface PersonDirectory {

    /** The persons whose name, e-mail address or phone number matches the text (at most a few hundred). */
    List<PersonRef> findMatching(String text);

    /** A name to show for each of these persons that this directory holds; persons it does not hold are left out. */
    Map<PersonRef, String> displayNames(Collection<PersonRef> persons);
}
