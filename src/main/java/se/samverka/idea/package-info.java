/**
 * Idélabbet: residents, groups and associations submit ideas through a public form, and the municipality's
 * coaches (role COACH) take them on and coach them through configurable stages, with coaching sessions, agreed
 * next steps and their reminders, the people and organisations involved and the funding sought. A launched
 * idea becomes a draft effort of an organisation or a department in one step, and keeps the link.
 * {@link se.samverka.idea.IdeaSubmitted} and {@link se.samverka.idea.NextStepDue} tell the notification module
 * whom to write to.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "district",
            "organisation",
            "effort",
            "overview",
            "privacy",
            "consent"
        })
package se.samverka.idea;
