package se.samverka.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/**
 * What an organisation writes about itself: in the application (validation group {@link Applying} adds the
 * applicant as contact person) and on its page later, checked by Bean Validation ({@link ConsistentDetails} for
 * the rules that read the text or look at another field). Everything is kept as typed, the legal form and the
 * activities too, so that a wrong value is shown back exactly as it was written and answered with the form and a
 * 200 (a field of an enum type would make a value no one offered a binding failure, which web's InvalidFormValues
 * answers with 400). Whether the districts exist and the name and number are free needs the database:
 * {@link DetailsOptions#check} does that.
 */
@ConsistentDetails
record DetailsForm(
        @NotBlank(message = "{organisation.field.name.required}")
        @Size(max = 200, message = "{organisation.field.name.tooLong}")
        String name,

        String orgNumber,

        String form,

        @NotBlank(message = "{organisation.field.purpose.required}")
        @Size(max = 2000, message = "{organisation.field.purpose.tooLong}")
        String purpose,

        @NotEmpty(message = "{organisation.field.districts.required}")
        Set<String> districts,

        @NotEmpty(message = "{organisation.field.activities.required}")
        Set<String> activities,

        String website,

        @NotBlank(message = "{organisation.field.email.required}")
        @ValidEmail(message = "{organisation.field.email.invalid}")
        String email,

        String phone,

        @NotBlank(groups = Applying.class, message = "{organisation.field.contactName.required}")
        @Size(max = 120, groups = Applying.class, message = "{organisation.field.contactName.tooLong}")
        String contactName,

        @NotBlank(groups = Applying.class, message = "{organisation.field.contactEmail.required}")
        @ValidEmail(groups = Applying.class, message = "{organisation.field.contactEmail.invalid}")
        String contactEmail,

        String language) {

    /** Validation group for what only the application asks: the contact person. */
    interface Applying {}

    DetailsForm {
        // lengths count what is saved: the text without spaces around it
        name = name == null ? "" : name.strip();
        orgNumber = orgNumber == null ? "" : orgNumber;
        form = form == null ? "" : form;
        purpose = purpose == null ? "" : purpose.strip();
        districts = districts == null ? new LinkedHashSet<>() : districts;
        activities = activities == null ? new LinkedHashSet<>() : activities;
        website = website == null ? "" : website;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        contactName = contactName == null ? "" : contactName.strip();
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

    /** The checked values; call only when validation passed. */
    OrganisationDetails details() {
        return new OrganisationDetails(
                name,
                orgNumberValue(),
                legalForm(),
                purpose,
                districts,
                activityValues(),
                websiteValue(),
                EmailAddress.of(email),
                phoneValue());
    }

    /** The contact person of an application; call only when validation with {@link Applying} passed. */
    Applicant applicant() {
        return new Applicant(contactName, EmailAddress.of(contactEmail));
    }

    /** The legal form, or null when none or an unknown one was chosen. */
    OrganisationForm legalForm() {
        try {
            return OrganisationForm.valueOf(form);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The kinds of activity, or null when one of them is unknown. */
    Set<ActivityKind> activityValues() {
        try {
            var kinds = EnumSet.noneOf(ActivityKind.class);
            activities.forEach(a -> kinds.add(ActivityKind.valueOf(a)));
            return kinds;
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

    /** An http or https address with a host, or null. */
    String websiteValue() {
        return OrganisationDetails.website(website).orElse(null);
    }

    PhoneNumber phoneValue() {
        return PhoneNumber.ifValid(phone).orElse(null);
    }
}
