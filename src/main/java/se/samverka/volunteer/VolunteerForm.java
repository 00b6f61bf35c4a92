package se.samverka.volunteer;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * What a volunteer types at sign-up and on the profile page. Consent is asked only at sign-up (validation
 * group {@link Signup}), and is a {@code Boolean} because the profile form does not send it. The form id is a
 * hidden field that tells a double-clicked submit from a stranger.
 */
record VolunteerForm(
        @NotBlank(message = "{volunteer.name.required}") @Size(max = 120, message = "{volunteer.name.tooLong}")
        String name,

        @NotBlank(message = "{volunteer.email.required}")
        @Size(max = 254, message = "{volunteer.email.tooLong}")
        @ValidEmail(message = "{volunteer.email.invalid}")
        String email,

        @NotBlank(message = "{volunteer.phone.required}") @ValidMobile(message = "{volunteer.phone.invalid}")
        String phone,

        @NotEmpty(message = "{volunteer.districts.required}")
        Set<String> districts,

        @NotEmpty(message = "{volunteer.kinds.required}") Set<HelpKind> kinds,

        @NotEmpty(message = "{volunteer.languages.required}")
        Set<String> languages,

        @NotNull(message = "{volunteer.hasCar.required}") Boolean hasCar,

        @NotEmpty(message = "{volunteer.availability.required}")
        Set<TimeSlot> availability,

        @NotNull(message = "{volunteer.askFrequency.required}")
        AskFrequency askFrequency,

        ContactChannel contactChannel,
        Boolean digest,

        @Pattern(regexp = TIME, message = "{volunteer.quietHours.format}")
        String quietFrom,

        @Pattern(regexp = TIME, message = "{volunteer.quietHours.format}")
        String quietTo,

        Boolean adult,

        @NotNull(groups = VolunteerForm.Signup.class, message = "{volunteer.consent.required}")
        @AssertTrue(groups = VolunteerForm.Signup.class, message = "{volunteer.consent.required}")
        Boolean consent,

        String formId) {

    /** HH:MM (or H:MM, or H.MM as many Swedes write it), or nothing. */
    static final String TIME = "^\\s*(([01]?\\d|2[0-3])[:.][0-5]\\d)?\\s*$";

    /** Validation group for what only sign-up asks. */
    interface Signup {}

    VolunteerForm {
        districts = districts == null ? new LinkedHashSet<>() : districts;
        // a value no kind has is a binding error at the field; what could not be read at all (blank) is left out
        kinds = kinds == null
                ? new LinkedHashSet<>()
                : kinds.stream().filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        languages = languages == null ? new LinkedHashSet<>() : languages;
        availability = availability == null ? new LinkedHashSet<>() : availability;
    }

    static VolunteerForm empty() {
        return new VolunteerForm(
                "",
                "",
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                ContactChannel.EMAIL,
                false,
                "",
                "",
                false,
                false,
                UUID.randomUUID().toString());
    }

    static VolunteerForm of(VolunteerProfile profile) {
        return new VolunteerForm(
                profile.name(),
                profile.email().value(),
                profile.phone().display(),
                new LinkedHashSet<>(profile.districtIds()),
                new LinkedHashSet<>(profile.kinds()),
                new LinkedHashSet<>(profile.languages()),
                profile.hasCar(),
                TimeSlot.of(profile.availability()),
                profile.askFrequency(),
                profile.contactChannel(),
                profile.digest(),
                profile.quietHours() == null ? "" : profile.quietHours().from().toString(),
                profile.quietHours() == null ? "" : profile.quietHours().to().toString(),
                profile.adultConfirmed(),
                false,
                null);
    }

    /** The checked values; call only when validation passed. */
    VolunteerDetails details() {
        return new VolunteerDetails(
                name.strip(),
                EmailAddress.of(email),
                PhoneNumber.mobile(phone),
                districts,
                kinds,
                languages,
                hasCar,
                TimeSlot.availability(availability),
                askFrequency,
                contactChannel,
                quietHours(),
                Boolean.TRUE.equals(digest),
                Boolean.TRUE.equals(adult));
    }

    /** Quiet hours need both times, and two different ones; reported next to the second time. */
    void checkQuietHours(Errors errors) {
        if (errors.hasFieldErrors("quietFrom") || errors.hasFieldErrors("quietTo")) {
            return;
        }
        if (blank(quietFrom) != blank(quietTo)) {
            errors.rejectValue("quietTo", "volunteer.quietHours.bothOrNeither");
        } else if (!blank(quietFrom) && time(quietFrom).equals(time(quietTo))) {
            errors.rejectValue("quietTo", "volunteer.quietHours.same");
        }
    }

    private QuietHours quietHours() {
        return blank(quietFrom) || blank(quietTo) ? null : new QuietHours(time(quietFrom), time(quietTo));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalTime time(String s) {
        var parts = s.strip().split("[:.]");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** The hidden form id if it is what the sign-up page put there, otherwise nothing. */
    String signupFormId() {
        try {
            return formId == null ? null : UUID.fromString(formId.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "VolunteerForm[districts=" + districts + ", kinds=" + kinds + "]";
    }
}
