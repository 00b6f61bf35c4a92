package se.samverka.idea;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.PhoneNumber;

/** The public idea form, kept as typed so that a wrong value is shown back exactly as it was written. */
record IdeaForm(
        String title,
        String description,
        String forWhom,
        Set<String> districts,
        Set<String> help,
        String name,
        String email,
        String phone,
        String organisation,
        Boolean consent) {

    IdeaForm {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        forWhom = forWhom == null ? "" : forWhom;
        districts = districts == null ? new LinkedHashSet<>() : districts;
        help = help == null ? new LinkedHashSet<>() : help;
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        organisation = organisation == null ? "" : organisation;
        consent = consent != null && consent;
    }

    static IdeaForm empty() {
        return new IdeaForm("", "", "", Set.of(), Set.of(), "", "", "", "", false);
    }

    void check(Errors errors, Set<String> knownDistricts) {
        required(errors, "title", title, 200);
        required(errors, "description", description, 4000);
        required(errors, "forWhom", forWhom, 1000);
        if (districts.isEmpty()) {
            errors.rejectValue("districts", "idea.field.districts.required");
        } else if (!knownDistricts.containsAll(districts)) {
            errors.rejectValue("districts", "idea.field.districts.unknown");
        }
        if (help.isEmpty()) {
            errors.rejectValue("help", "idea.field.help.required");
        } else if (helpValues() == null) {
            errors.rejectValue("help", "idea.field.help.unknown");
        }
        required(errors, "name", name, 120);
        if (email.isBlank()) {
            errors.rejectValue("email", "idea.field.email.required");
        } else if (!EmailAddress.isValid(email)) {
            errors.rejectValue("email", "idea.field.email.invalid");
        }
        if (!phone.isBlank() && phoneValue() == null) {
            errors.rejectValue("phone", "idea.field.phone.invalid");
        }
        if (organisation.strip().length() > 200) {
            errors.rejectValue("organisation", "idea.field.organisation.tooLong");
        }
        if (!consent.booleanValue()) {
            errors.rejectValue("consent", "idea.field.consent.required");
        }
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value.isBlank()) {
            errors.rejectValue(field, "idea.field." + field + ".required");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "idea.field." + field + ".tooLong");
        }
    }

    /** The idea as the module takes it; only for a form without errors. */
    NewIdea idea(Locale locale) {
        return new NewIdea(
                title.strip(),
                description.strip(),
                forWhom.strip(),
                districts,
                helpValues(),
                name.strip(),
                EmailAddress.of(email),
                phoneValue(),
                organisation.isBlank() ? null : organisation.strip(),
                "en".equals(locale.getLanguage()) ? "en" : "sv");
    }

    Set<HelpWanted> helpValues() {
        var values = EnumSet.noneOf(HelpWanted.class);
        for (var h : help) {
            try {
                values.add(HelpWanted.valueOf(h));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return values;
    }

    String phoneValue() {
        return PhoneNumber.ifValid(phone).map(PhoneNumber::e164).orElse(null);
    }
}
