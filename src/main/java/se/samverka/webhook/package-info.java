/**
 * Outgoing webhooks of an association's system (issue 18 point 4): endpoints registered in the workspace, events
 * of the effort and referral modules written to the module's own delivery table in the listener's transaction
 * (one row per event and endpoint), sent by a db-scheduler task with exponential backoff and signed with
 * HMAC-SHA256. {@link se.samverka.webhook.Webhooks} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "audit", "organisation", "effort", "referral"})
package se.samverka.webhook;
