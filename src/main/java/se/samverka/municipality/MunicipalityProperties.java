package se.samverka.municipality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The municipality as configured ({@code samverka.municipality.*}, environment variables {@code
 * SAMVERKA_MUNICIPALITY_*}): what Samverka shows until an administrator changes it at /admin/kommun. The
 * accessibility statement's facts under {@code samverka.municipality.accessibility.*} belong to the web module.
 */
@ConfigurationProperties("samverka.municipality")
record MunicipalityProperties(
        @DefaultValue("Kommunen") String name,
        @DefaultValue("") String phone,
        @DefaultValue("") String openingHours,
        @DefaultValue("") String openingHoursEn,
        @DefaultValue("") String address,
        @DefaultValue("") String email,
        @DefaultValue("") String logo,
        @DefaultValue(Colour.DEFAULT_PRIMARY) String primaryColour) {

    MunicipalIdentity identity() {
        return new MunicipalIdentity(name, phone, openingHours, openingHoursEn, address, email, logo, primaryColour);
    }
}
