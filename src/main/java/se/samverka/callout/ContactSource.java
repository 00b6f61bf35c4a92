package se.samverka.callout;

/** What a contact was about: a coordinator's offer, a direct assignment after a phone call, or a call-out. */
public enum ContactSource {
    OFFER,
    DIRECT,
    CALLOUT
}
