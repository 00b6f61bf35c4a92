package se.samverka.referral;

/** What came of a coordinator's referral: offered, or refused before anything changed, and why. */
enum OfferOutcome {
    OFFERED,
    NO_CONSENT,
    NO_ORGANISATION,
    NOT_ASSIGNABLE,
    ALREADY_REFERRED
}
