package se.samverka.shared;

import java.util.List;

/**
 * Implemented by a Spring bean in each module that stores personal data: the module's entries in the record of
 * processing activities published at /integritet/behandlingar.
 */
public interface ProcessingActivities {

    List<ProcessingActivity> activities();
}
