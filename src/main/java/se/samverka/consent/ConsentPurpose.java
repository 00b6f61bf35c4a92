package se.samverka.consent;

/** What a consent is for. Each purpose is given and withdrawn on its own. */
public enum ConsentPurpose {
    /** Being in the volunteer register and being asked to help. */
    VOLUNTEER_REGISTER,
    /** Sharing a resident's request with an association. */
    SHARE_WITH_ASSOCIATION,
    /** Storing that a resident belongs to a risk group, or other health notes (special category, GDPR art. 9). */
    RISK_GROUP_DATA,
    /** Keeping the contact details of a person who submitted an idea to Idélabbet. */
    IDEA_CONTACT;

    public String messageKey() {
        return "consent.purpose." + name();
    }
}
