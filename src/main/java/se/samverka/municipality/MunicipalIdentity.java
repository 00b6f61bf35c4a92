package se.samverka.municipality;

/**
 * How the municipality presents itself: in the header (name, logo, colour), the footer and the accessibility statement
 * (phone, opening hours, address, e-mail) and under every message Samverka sends.
 *
 * @param name the municipality, e.g. "Ekerö kommun"
 * @param phone the number residents call, as people write it; empty when none
 * @param openingHours when that number answers, in Swedish
 * @param openingHoursEn the same in English (Swedish is shown when empty)
 * @param address the postal or visiting address, on one line
 * @param email where questions about the service go
 * @param logo the address of the logo on this site (a path such as {@code /images/logo.svg}); empty for the text mark
 * @param primaryColour the colour of links, buttons and the menu, {@code #rrggbb}, at least 4.5:1 against white
 */
public record MunicipalIdentity(
        String name,
        String phone,
        String openingHours,
        String openingHoursEn,
        String address,
        String email,
        String logo,
        String primaryColour) {

    public MunicipalIdentity {
        name = blankToDefault(name, "Kommunen");
        phone = orEmpty(phone);
        openingHours = orEmpty(openingHours);
        openingHoursEn = orEmpty(openingHoursEn);
        address = orEmpty(address);
        email = orEmpty(email);
        logo = orEmpty(logo);
        primaryColour = blankToDefault(primaryColour, Colour.DEFAULT_PRIMARY).toLowerCase();
    }

    /** The opening hours in the language ({@code sv} or {@code en}); Swedish when there are none in English. */
    public String openingHours(String language) {
        return "en".equals(language) && !openingHoursEn.isBlank() ? openingHoursEn : openingHours;
    }

    public boolean hasPhone() {
        return !phone.isBlank();
    }

    /** The phone number as a {@code tel:} link wants it, without spaces and dashes. */
    public String phoneLink() {
        return "tel:" + phone.replaceAll("[\\s\\-()]", "");
    }

    public boolean hasAddress() {
        return !address.isBlank();
    }

    public boolean hasEmail() {
        return !email.isBlank();
    }

    public boolean hasLogo() {
        return !logo.isBlank();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
