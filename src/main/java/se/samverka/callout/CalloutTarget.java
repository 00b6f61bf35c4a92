package se.samverka.callout;

import java.util.UUID;

/**
 * What a call-out fills, implemented by the module that owns the need (help requests, later effort shifts).
 * Call-outs find and ask volunteers; the target gives the place to a volunteer who said yes.
 */
public interface CalloutTarget {

    SubjectType subjectType();

    /**
     * Gives one place to the volunteer, in the caller's transaction. Returns false when there is no place to
     * give any more (taken by someone else or closed); may also throw a data-access exception when a unique key
     * says someone else was quicker, after which the caller's transaction rolls back.
     */
    boolean fill(UUID subjectId, UUID volunteerId);

    /** Whether the need still wants volunteers (not taken, not closed): a call-out only starts for an open need. */
    boolean isOpen(UUID subjectId);

    /** Where coordinators see the need, for a link from the call-out page. */
    String coordinatorPath(UUID subjectId);
}
