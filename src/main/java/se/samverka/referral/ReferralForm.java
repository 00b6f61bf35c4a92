package se.samverka.referral;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.Errors;

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

    /** The longest time an organisation may be given to answer: a week. */
    static final int MAX_HOURS = 168;

    ReferralForm {
        organisationIds = organisationIds == null ? List.of() : organisationIds;
    }

    static ReferralForm empty(long defaultHours) {
        return new ReferralForm(false, "", "", List.of(), "", String.valueOf(defaultHours));
    }

    boolean consents() {
        return Boolean.TRUE.equals(consentGiven);
    }

    /**
     * Checks the summary and the consent; the way the consent was given, or null when one is recorded already or
     * the form has an error.
     */
    ConsentMethod checkedConsentMethod(boolean consentRecorded, Errors errors) {
        if (summary == null || summary.isBlank()) {
            errors.rejectValue("summary", "referral.summary.required");
        } else if (summary.strip().length() > 500) {
            errors.rejectValue("summary", "referral.summary.tooLong");
        }
        if (consentNote != null && consentNote.length() > 500) {
            errors.rejectValue("consentNote", "referral.consent.note.tooLong");
        }
        if (consentRecorded) {
            return null;
        }
        if (!consents()) {
            errors.rejectValue("consentGiven", "referral.consent.required");
            return null;
        }
        try {
            return ConsentMethod.valueOf(consentMethod);
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.rejectValue("consentMethod", "referral.consent.method.required");
            return null;
        }
    }

    /** The hours to answer, 1 to {@link #MAX_HOURS}; 0 with an error otherwise. */
    long checkedHours(Errors errors) {
        try {
            var hours = Long.parseLong(deadlineHours == null ? "" : deadlineHours.strip());
            if (hours >= 1 && hours <= MAX_HOURS) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue("deadlineHours", "referral.deadline.invalid");
        return 0;
    }

    /** The organisations chosen, each once; an error when none or one that is no id. */
    List<UUID> checkedOrganisationIds(Errors errors) {
        var ids = new ArrayList<UUID>();
        try {
            for (var id : new HashSet<>(organisationIds)) {
                ids.add(UUID.fromString(id));
            }
        } catch (IllegalArgumentException e) {
            errors.rejectValue("organisationIds", "referral.organisations.invalid");
            return List.of();
        }
        if (ids.isEmpty()) {
            errors.rejectValue("organisationIds", "referral.organisations.required");
        }
        return ids;
    }
}
