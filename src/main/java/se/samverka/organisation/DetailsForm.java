package se.samverka.organisation;

import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/**
 * What an organisation writes about itself: in the application (with the applicant as contact person) and on
 * its page later. Everything is kept as typed so that a wrong value is shown back exactly as it was written.
 */
record DetailsForm(
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

    /** The languages Samverka writes to an organisation in. */
    static final java.util.List<String> LANGUAGES = java.util.List.of("sv", "en");

    DetailsForm {
        name = name == null ? "" : name;
        orgNumber = orgNumber == null ? "" : orgNumber;
        form = form == null ? "" : form;
        purpose = purpose == null ? "" : purpose;
        districts = districts == null ? new LinkedHashSet<>() : districts;
        activities = activities == null ? new LinkedHashSet<>() : activities;
        website = website == null ? "" : website;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        contactName = contactName == null ? "" : contactName;
        contactEmail = contactEmail == null ? "" : contactEmail;
        language = language == null || language.isBlank() ? "sv" : language;
    }

    static DetailsForm empty() {
        return new DetailsForm("", "", "", "", Set.of(), Set.of(), "", "", "", "", "", "sv");
    }

    static DetailsForm of(Organisation o) {
        return new DetailsForm(
                o.name(),
                o.orgNumber() == null ? "" : o.orgNumber().value(),
                o.form().name(),
                o.purpose(),
                new LinkedHashSet<>(o.districtIds()),
                o.activities().stream().map(Enum::name).collect(Collectors.toCollection(LinkedHashSet::new)),
                o.website() == null ? "" : o.website(),
                o.email(),
                o.phone() == null ? "" : o.phone(),
                "",
                "",
                o.language());
    }

    /** Checks every field; with {@code applying} also the contact person. Errors go next to the fields. */
    void check(Errors errors, Set<String> knownDistricts, boolean applying) {
        if (name.isBlank()) {
            errors.rejectValue("name", "organisation.field.name.required");
        } else if (name.strip().length() > 200) {
            errors.rejectValue("name", "organisation.field.name.tooLong");
        }
        var legalForm = legalForm();
        if (legalForm == null) {
            errors.rejectValue("form", "organisation.field.form.required");
        }
        if (orgNumber.isBlank()) {
            if (legalForm == null || legalForm.needsOrgNumber()) {
                errors.rejectValue("orgNumber", "organisation.field.orgNumber.required");
            }
        } else if (orgNumberValue() == null) {
            errors.rejectValue("orgNumber", "organisation.field.orgNumber.invalid");
        }
        if (purpose.isBlank()) {
            errors.rejectValue("purpose", "organisation.field.purpose.required");
        } else if (purpose.strip().length() > 2000) {
            errors.rejectValue("purpose", "organisation.field.purpose.tooLong");
        }
        if (districts.isEmpty()) {
            errors.rejectValue("districts", "organisation.field.districts.required");
        } else if (!knownDistricts.containsAll(districts)) {
            errors.rejectValue("districts", "organisation.field.districts.unknown");
        }
        if (activities.isEmpty()) {
            errors.rejectValue("activities", "organisation.field.activities.required");
        } else if (activityValues() == null) {
            errors.rejectValue("activities", "organisation.field.activities.unknown");
        }
        if (!website.isBlank() && websiteValue() == null) {
            errors.rejectValue("website", "organisation.field.website.invalid");
        }
        if (email.isBlank()) {
            errors.rejectValue("email", "organisation.field.email.required");
        } else if (!EmailAddress.isValid(email)) {
            errors.rejectValue("email", "organisation.field.email.invalid");
        }
        if (!phone.isBlank() && phoneValue() == null) {
            errors.rejectValue("phone", "organisation.field.phone.invalid");
        }
        if (!LANGUAGES.contains(language)) {
            errors.rejectValue("language", "organisation.field.language.invalid");
        }
        if (applying) {
            if (contactName.isBlank()) {
                errors.rejectValue("contactName", "organisation.field.contactName.required");
            } else if (contactName.strip().length() > 120) {
                errors.rejectValue("contactName", "organisation.field.contactName.tooLong");
            }
            if (contactEmail.isBlank()) {
                errors.rejectValue("contactEmail", "organisation.field.contactEmail.required");
            } else if (!EmailAddress.isValid(contactEmail)) {
                errors.rejectValue("contactEmail", "organisation.field.contactEmail.invalid");
            }
        }
    }

    OrganisationForm legalForm() {
        try {
            return OrganisationForm.valueOf(form);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The number, or null when none was given or it is not valid. */
    OrgNumber orgNumberValue() {
        if (orgNumber.isBlank()) {
            return null;
        }
        try {
            return OrgNumber.parse(orgNumber);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Set<ActivityKind> activityValues() {
        try {
            var kinds = EnumSet.noneOf(ActivityKind.class);
            activities.forEach(a -> kinds.add(ActivityKind.valueOf(a)));
            return kinds;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An http or https address with a host, or null. */
    String websiteValue() {
        if (website.isBlank()) {
            return null;
        }
        try {
            var uri = URI.create(website.strip());
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || website.strip().length() > 300) {
                return null;
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    String phoneValue() {
        return PhoneNumber.ifValid(phone).map(PhoneNumber::e164).orElse(null);
    }
}
