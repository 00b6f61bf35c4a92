/**
 * Matching volunteers to help requests: ranked suggestions with the reasons shown, offers by e-mail where
 * the first to accept gets the task, direct assignment, and the volunteer's own tasks ("Mina uppdrag").
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "district",
            "volunteer",
            "helprequest",
            "callout",
            "safeguarding",
            "audit",
            "privacy"
        })
package se.samverka.matching;
