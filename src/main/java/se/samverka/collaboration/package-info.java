/**
 * The collaboration body (samverkansorganet): each department's representatives, and the register of agreements
 * and partnerships between a department and an organisation, with follow-up dates whose reminders go to the
 * department's representatives, document links, a CSV export and the body's figures for the overview.
 * {@link se.samverka.collaboration.Agreements} and {@link se.samverka.collaboration.CollaborationBody} are the
 * module's API; {@link se.samverka.collaboration.AgreementFollowUpDue} tells the notification module whom to remind.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "account", "organisation", "overview"})
package se.samverka.collaboration;
