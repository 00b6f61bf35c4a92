/**
 * Efforts (insatser) run by an approved organisation or a municipal department: their shifts or roles, the
 * public listing, volunteers signing up and withdrawing with a waiting list, and call-outs for open places.
 * {@link se.samverka.effort.Efforts} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "helpkind",
            "account",
            "district",
            "volunteer",
            "organisation",
            "callout",
            "safeguarding",
            "overview",
            "privacy"
        })
package se.samverka.effort;
