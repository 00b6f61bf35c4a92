package se.samverka.organisation;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/**
 * The details form as a person fills it in, every field as text, so that tests can post values the typed
 * {@link DetailsForm} could not hold (a legal form or an activity that does not exist).
 */
record DetailsInput(
        String name,
        String orgNumber,
        String form,
        String purpose,
        Set<String> districts,
        Set<String> activities,
        String website,
        String email,
        String phone,
        String contactName,
        String contactEmail,
        String language) {

    /** The details as the application saves them; for valid input only. */
    OrganisationDetails details() {
        return new OrganisationDetails(
                name,
                orgNumber == null || orgNumber.isBlank() ? null : OrgNumber.parse(orgNumber),
                OrganisationForm.valueOf(form),
                purpose,
                districts,
                activities.stream().map(ActivityKind::valueOf).collect(Collectors.toSet()),
                OrganisationDetails.website(website).orElse(null),
                EmailAddress.of(email),
                PhoneNumber.ifValid(phone).orElse(null));
    }

    Applicant applicant() {
        return new Applicant(contactName, EmailAddress.of(contactEmail));
    }

    /** Applies as the application page would, in Swedish unless {@code locale} says English. */
    UUID applyWith(OrganisationRegister register, Locale locale) {
        return register.apply(details(), applicant(), locale);
    }
}
