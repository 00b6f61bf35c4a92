/**
 * Organisations of civil society (associations, foundations, faith communities, networks) that apply and are
 * vetted by municipal staff, with a public directory and their representatives; and the municipality's
 * departments. {@link se.samverka.organisation.Organisations} and {@link se.samverka.organisation.Departments}
 * are the module's API: other modules ask them who may act for whom. {@link se.samverka.organisation.OrganisationImport}
 * and {@link se.samverka.organisation.OrganisationAdministration} write for the register import and for seeding.
 * All SQL sits in the package-private repositories.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "district", "privacy"})
package se.samverka.organisation;
