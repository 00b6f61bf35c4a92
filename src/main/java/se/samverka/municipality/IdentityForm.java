package se.samverka.municipality;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types at /admin/kommun; kept as typed, so that a wrong value comes back as it was written. */
record IdentityForm(
        @NotBlank(message = "{municipality.name.required}") @Size(max = 100, message = "{municipality.name.tooLong}")
        String name,

        @Size(max = 40, message = "{municipality.phone.tooLong}")
        @Pattern(regexp = "^[0-9+()\\-\\s]*$", message = "{municipality.phone.invalid}")
        String phone,

        @Size(max = 100, message = "{municipality.openingHours.tooLong}")
        String openingHours,

        @Size(max = 100, message = "{municipality.openingHours.tooLong}")
        String openingHoursEn,

        @Size(max = 200, message = "{municipality.address.tooLong}")
        String address,

        @Size(max = 254, message = "{municipality.email.invalid}") @Email(message = "{municipality.email.invalid}")
        String email,

        @Size(max = 300, message = "{municipality.logo.invalid}")
        @Pattern(regexp = "^\\s*(/(?!/)[^\\s\"'<>\\\\]*)?\\s*$", message = "{municipality.logo.invalid}")
        String logo,

        @NotBlank(message = "{municipality.primaryColour.required}")
        @Pattern(regexp = "^\\s*#?[0-9a-fA-F]{6}\\s*$", message = "{municipality.primaryColour.invalid}")
        String primaryColour) {

    static IdentityForm of(MunicipalIdentity identity) {
        return new IdentityForm(
                identity.name(),
                identity.phone(),
                identity.openingHours(),
                identity.openingHoursEn(),
                identity.address(),
                identity.email(),
                identity.logo(),
                identity.primaryColour());
    }

    /** The colour as {@code #rrggbb}, when it is one. */
    java.util.Optional<Colour> colour() {
        return Colour.parse(primaryColour);
    }

    MunicipalIdentity identity() {
        return new MunicipalIdentity(
                name,
                phone,
                openingHours,
                openingHoursEn,
                address,
                email,
                logo,
                colour().map(Colour::hex).orElse(primaryColour));
    }
}
