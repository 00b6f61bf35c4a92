package se.samverka.referral;

/** How the resident said yes to sharing their request with an association. */
public enum ConsentMethod {
    PHONE,
    IN_PERSON,
    WRITTEN,
    BY_PROXY;

    public String messageKey() {
        return "referral.consent.method." + name();
    }
}
