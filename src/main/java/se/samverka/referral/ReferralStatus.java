package se.samverka.referral;

/**
 * Where one organisation's referral stands. OFFERED waits for an answer; the others are final. WITHDRAWN: another
 * organisation accepted first, or the request was closed.
 */
public enum ReferralStatus {
    OFFERED,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    WITHDRAWN;

    public String messageKey() {
        return "referral.status." + name();
    }
}
