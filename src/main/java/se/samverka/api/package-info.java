/**
 * The versioned REST API under /api/v1 (issue 18): the public listing of efforts, the association directory and the
 * open safety points, and an organisation's own efforts and shifts with its API key. A thin module: it keeps the keys
 * and calls the other modules' public APIs, so that the API and the web pages share one set of rules
 * (docs/adr/0016).
 * {@link se.samverka.api.ApiKeys} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "helpkind",
            "account",
            "audit",
            "district",
            "effort",
            "organisation",
            "safetypoint",
            "referral",
            "overview",
            "web"
        })
package se.samverka.api;
