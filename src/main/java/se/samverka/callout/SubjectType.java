package se.samverka.callout;

/** What a call-out finds volunteers for. */
public enum SubjectType {
    /** A resident's help request (one volunteer). */
    HELP_REQUEST,
    /** A shift or role in an association's or department's effort. */
    EFFORT_NEED,
    /** A group call-out of a resource group (FRG or another trained group): its members, whatever they offer. */
    RESOURCE_GROUP
}
