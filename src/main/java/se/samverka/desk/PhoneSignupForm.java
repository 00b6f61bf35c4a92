package se.samverka.desk;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;
import se.samverka.shared.PhoneNumber;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.PhoneRegistration;

/**
 * A volunteer signed up on the phone: what the coordinator types in while they talk.
 *
 * @param confirmBy how the confirmation link goes out; when not chosen, the way they want to be asked
 */
record PhoneSignupForm(
        String name,
        String email,
        String phone,
        List<String> districtIds,
        List<HelpKind> kinds,
        List<String> languages,
        ContactChannel contactChannel,
        String locale,
        ContactChannel confirmBy) {

    PhoneSignupForm {
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip();
        phone = phone == null ? null : phone.strip();
        districtIds = districtIds == null ? List.of() : List.copyOf(districtIds);
        kinds = kinds == null
                ? List.of()
                : kinds.stream().filter(java.util.Objects::nonNull).toList();
        languages = languages == null ? List.of() : List.copyOf(languages);
        locale = "en".equals(locale) ? "en" : "sv";
    }

    static PhoneSignupForm empty() {
        return new PhoneSignupForm(null, null, null, null, null, List.of("sv"), ContactChannel.EMAIL, "sv", null);
    }

    /** Rejects each field on its own, so every problem shows at once; the database rules come from the caller. */
    void validate(Errors errors, Set<String> knownDistricts) {
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "desk.phoneSignup.name.required");
        } else if (name.length() > 120) {
            errors.rejectValue("name", "desk.phoneSignup.name.tooLong");
        }
        if (email == null || email.isBlank()) {
            errors.rejectValue("email", "desk.phoneSignup.email.required");
        } else if (!EmailAddress.isValid(email)) {
            errors.rejectValue("email", "desk.phoneSignup.email.invalid");
        }
        if (phone == null || phone.isBlank()) {
            errors.rejectValue("phone", "desk.phoneSignup.phone.required");
        } else {
            try {
                PhoneNumber.mobile(phone);
            } catch (RuntimeException e) {
                errors.rejectValue("phone", "desk.phoneSignup.phone.invalid");
            }
        }
        if (districtIds.isEmpty() || !knownDistricts.containsAll(districtIds)) {
            errors.rejectValue("districtIds", "desk.phoneSignup.districtIds.required");
        }
        if (kinds.isEmpty()) {
            errors.rejectValue("kinds", "desk.phoneSignup.kinds.required");
        }
        if (languages.isEmpty() || !Language.CODES.containsAll(languages)) {
            errors.rejectValue("languages", "desk.phoneSignup.languages.required");
        }
        if (contactChannel == null) {
            errors.rejectValue("contactChannel", "desk.phoneSignup.contactChannel.required");
        }
    }

    PhoneRegistration registration() {
        return new PhoneRegistration(
                name,
                EmailAddress.of(email),
                PhoneNumber.mobile(phone),
                new LinkedHashSet<>(districtIds),
                new LinkedHashSet<>(kinds),
                new LinkedHashSet<>(languages),
                contactChannel,
                confirmationChannel() == ContactChannel.SMS);
    }

    /** The chosen way for the confirmation link, else the contact channel. */
    ContactChannel confirmationChannel() {
        return confirmBy != null ? confirmBy : contactChannel;
    }
}
