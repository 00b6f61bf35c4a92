/**
 * Demo data for the run command's embedded database: districts are in the migrations; this adds one login per
 * role, volunteers, open requests,
 * associations and efforts with shifts. Never runs against anything but the embedded H2 database.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "volunteer",
            "helprequest",
            "task",
            "organisation",
            "effort",
            "idea",
            "safeguarding",
            "meeting",
            "collaboration",
            "consent",
            "resourcegroup"
        })
package se.samverka.demo;
