/**
 * Meetings of the collaboration: Idélabbet's network meetings with associations and the collaboration body's own
 * meetings, with invitations chosen from the organisation register, registrations with a waiting list, a
 * calendar file, reminders, attendance, minutes, decisions and follow-up actions tracked until done.
 * {@link se.samverka.meeting.OrganisationInvitedToMeeting}, {@link se.samverka.meeting.MeetingSeatGiven} and
 * {@link se.samverka.meeting.MeetingReminderDue} tell the notification module whom to write to.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "district", "organisation", "overview"})
package se.samverka.meeting;
