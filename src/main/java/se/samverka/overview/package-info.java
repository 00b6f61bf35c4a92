/**
 * The collaboration body's overview: figures per department and in total from every module that contributes an
 * {@link se.samverka.overview.OverviewSection}, aggregated so that no resident's personal data appears, each
 * linking to the list behind it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "organisation", "district"})
package se.samverka.overview;
