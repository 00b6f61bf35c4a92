/**
 * Crisis mode (krisläge): an administrator starts a named crisis in one step and ends it in one step; while it runs
 * every public page carries its message and phone number, the help forms list the crisis' kinds of help first, and
 * spontaneous volunteers sign up in 30 seconds without the everyday vetting. When it ends, everyone engaged is
 * thanked once. {@link se.samverka.crisis.Crises} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "helpkind",
            "account",
            "district",
            "municipality",
            "callout",
            "privacy",
            "audit",
            "retention",
            "effort"
        })
package se.samverka.crisis;
