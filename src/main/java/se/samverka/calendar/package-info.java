/**
 * Private calendar feeds (issue 18, point 3): a volunteer's shifts and tasks and an organisation's shifts as an
 * iCalendar subscription address with a secret token, renewed or turned off by its owner.
 * {@link se.samverka.calendar.CalendarFeeds} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "effort", "task", "volunteer", "organisation", "district"})
package se.samverka.calendar;
