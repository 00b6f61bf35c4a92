package se.samverka.callout;

/**
 * What a contact was about: a coordinator's offer, a direct assignment after a phone call, a call-out, or a
 * coordinator's message from the volunteer register (an onboarding invitation, news of a district).
 */
public enum ContactSource {
    OFFER,
    DIRECT,
    CALLOUT,
    MESSAGE
}
