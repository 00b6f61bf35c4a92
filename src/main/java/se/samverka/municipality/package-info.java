/**
 * Who runs this Samverka: the municipality's name, logo, colour and how residents reach it (phone, opening hours,
 * address, e-mail), shown in every page's header and footer and under every e-mail and SMS. Configured with
 * {@code samverka.municipality.*}; an administrator may override it at /admin/kommun.
 * {@link se.samverka.municipality.MunicipalIdentities} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package se.samverka.municipality;
