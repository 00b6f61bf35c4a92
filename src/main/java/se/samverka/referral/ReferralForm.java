package se.samverka.referral;

import java.util.List;

/**
 * The coordinator's referral: the resident's consent (when not recorded yet), the organisations, what they may
 * know before accepting, and the hours they have to answer (a String, validated, so nothing typed is lost).
 */
record ReferralForm(
        Boolean consentGiven,
        String consentMethod,
        String consentNote,
        List<String> organisationIds,
        String summary,
        String deadlineHours) {

    ReferralForm {
        organisationIds = organisationIds == null ? List.of() : organisationIds;
    }

    static ReferralForm empty(long defaultHours) {
        return new ReferralForm(false, "", "", List.of(), "", String.valueOf(defaultHours));
    }

    boolean consents() {
        return Boolean.TRUE.equals(consentGiven);
    }
}
