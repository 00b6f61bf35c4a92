/**
 * Residents' requests for help: the public form, phone intake by coordinators, the queue, and each
 * request's status with its full history. Others change a request's status only through
 * {@link se.samverka.helprequest.HelpRequests}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "helpkind", "account", "district", "audit", "consent", "retention", "privacy"})
package se.samverka.helprequest;
