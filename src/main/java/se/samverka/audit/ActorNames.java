package se.samverka.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Names the people who appear as actors in the audit log (staff by their login name), for the data-protection
 * officer's search. The account module implements it: it writes to the audit log, so this module cannot depend on
 * it, and asks it instead of reading its table.
 */
public interface ActorNames {

    /** The display name of each of these login names that has an account; the others are left out. */
    Map<String, String> displayNames(Collection<String> usernames);
}
