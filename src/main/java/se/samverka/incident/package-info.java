/**
 * Incidents: problems volunteers and coordinators report (a no-show, suspected fraud, an accident, a complaint),
 * handled by the coordinators with a log until closed with an outcome; suspending a volunteer from there or from
 * the volunteer's page; and feedback after each task from the volunteer and the resident, where poor feedback
 * suggests opening an incident. Volunteers see their own reports and their status, never the handling log.
 * {@link se.samverka.incident.Incidents} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "volunteer",
            "helprequest",
            "task",
            "safeguarding",
            "audit",
            "privacy",
            "retention"
        })
package se.samverka.incident;
