/**
 * The volunteer's tasks from help requests (the module was called {@code matching} until it merged its offers into
 * the call-out engine): who has which task (assignments), the ranked list with its reasons (by the call-out's contact rules), asking
 * hand-picked volunteers (a call-out of the chosen, one wave: the first yes gets the task), direct assignment after a
 * call, and the volunteer's own tasks ("Mina uppdrag"), reminders and digests.
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
package se.samverka.task;
