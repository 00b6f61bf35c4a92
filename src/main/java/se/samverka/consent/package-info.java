/**
 * Consent records: who consented to what purpose, under which version of the privacy notice, when, recorded by
 * whom, and when it was withdrawn. Withdrawing publishes {@link se.samverka.consent.ConsentWithdrawn} so that the
 * module holding the data stops using it. {@link se.samverka.consent.Consents} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "privacy"})
package se.samverka.consent;
