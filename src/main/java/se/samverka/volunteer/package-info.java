/**
 * Volunteers: sign-up, profile, pause and leaving. Publishes who is available for matching through
 * {@link se.samverka.volunteer.Volunteers}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "helpkind",
            "account",
            "district",
            "helprequest",
            "audit",
            "retention",
            "privacy",
            "consent"
        })
package se.samverka.volunteer;
