/**
 * Idélabbet: residents, groups and associations submit ideas through a public form, and the municipality's
 * coaches (role COACH) take them on and coach them through configurable stages, with coaching sessions, agreed
 * next steps and their reminders, the people and organisations involved and the funding sought.
 * {@link se.samverka.idea.IdeaSubmitted} and {@link se.samverka.idea.NextStepDue} tell the notification module
 * whom to write to.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "account", "district",
		"organisation" })
package se.samverka.idea;
