/**
 * The coordinator's desk: the volunteer register (list, filters, a volunteer's page, bulk identity checks at an
 * onboarding meeting, export) and one search across the modules staff work in. It owns no tables: it reads each
 * module through that module's public queries, so volunteers come from volunteer, checks from safeguarding.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "audit",
            "district",
            "volunteer",
            "safeguarding",
            "callout",
            "effort",
            "helprequest",
            "organisation"
        })
package se.samverka.desk;
