/**
 * The coordinator's desk: the volunteer register (list, filters, a volunteer's page, bulk identity checks at an
 * onboarding meeting, invitations and messages within the contact budgets, CSV and XLSX export, registering a
 * volunteer on the phone) and one search across the modules staff work in. It owns no tables: it reads each module
 * through that module's public queries, so volunteers come from volunteer, checks from safeguarding, onboarding
 * steps from onboarding; a message's contact goes into the call-out's contact ledger and out as a
 * {@link se.samverka.desk.VolunteerMessaged} event that notification sends.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "helpkind",
            "account",
            "audit",
            "district",
            "volunteer",
            "safeguarding",
            "callout",
            "effort",
            "helprequest",
            "organisation",
            "onboarding"
        })
package se.samverka.desk;
