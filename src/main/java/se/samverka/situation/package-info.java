/**
 * The daily situation report (lägesrapport) while a crisis runs: needs, people, hours and incidents, read through the
 * owning modules' published queries and kept as a snapshot per report so the next one shows what changed; as a page,
 * PDF, XLSX and CSV and by e-mail to the krisledning. Also the printable lists for working through a power cut.
 * Other modules add figures by implementing {@link se.samverka.situation.SituationSection}.
 * {@link se.samverka.situation.SituationReports} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "audit",
            "crisis",
            "district",
            "helpkind",
            "helprequest",
            "effort",
            "task",
            "callout",
            "incident",
            "notification",
            "resourcegroup"
        })
package se.samverka.situation;
