package se.samverka.matching;

/** Why a volunteer is not suggested for a request. Shown to the coordinator, so each has a message key. */
enum Ineligibility {
    KIND,
    DISTRICT,
    AVAILABILITY,
    LANGUAGE,
    PAUSED,
    ASK_LIMIT,
    ALREADY_ASKED,
    SAFEGUARDING,
    SUSPENDED;
}
