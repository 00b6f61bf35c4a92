/**
 * Referral of residents' requests to associations: the resident's consent, offers to one or several approved
 * organisations with a deadline, the first to accept gets the request, and each organisation's scoped view of
 * the requests referred to it. {@link se.samverka.referral.Referrals} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "district",
            "helprequest",
            "organisation",
            "callout",
            "audit",
            "overview",
            "privacy",
            "consent"
        })
package se.samverka.referral;
