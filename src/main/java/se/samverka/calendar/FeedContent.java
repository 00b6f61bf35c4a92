package se.samverka.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.SignupStatus;
import se.samverka.organisation.Organisations;
import se.samverka.shared.MunicipalTime;
import se.samverka.shared.NotFoundException;
import se.samverka.task.ScheduledTasks;
import se.samverka.volunteer.Volunteers;

/**
 * What a feed holds. A volunteer's: their sign-ups still to come (a cancelled shift stays, marked cancelled, so the
 * phone's calendar shows the change) and their active tasks, without the resident's name, address or phone. An
 * organisation's: its efforts' shifts from a month back. Each event's UID is the shift's or the task's own id.
 */
@Component
class FeedContent {

    static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Efforts efforts;
    private final ScheduledTasks tasks;
    private final Volunteers volunteers;
    private final Organisations organisations;
    private final Districts districts;
    private final MessageSource messages;
    private final Clock clock;

    FeedContent(
            Efforts efforts,
            ScheduledTasks tasks,
            Volunteers volunteers,
            Organisations organisations,
            Districts districts,
            MessageSource messages,
            Clock clock) {
        this.efforts = efforts;
        this.tasks = tasks;
        this.volunteers = volunteers;
        this.organisations = organisations;
        this.districts = districts;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    String of(CalendarFeeds.Owner owner) {
        return switch (owner.kind()) {
            case VOLUNTEER -> volunteer(owner);
            case ORGANISATION -> organisation(owner);
        };
    }

    private String volunteer(CalendarFeeds.Owner owner) {
        var volunteer = volunteers.find(owner.id()).orElseThrow(() -> new NotFoundException("Volunteer"));
        var locale = volunteer.locale() == null ? SWEDISH : Locale.forLanguageTag(volunteer.locale());
        var names = districtNames();
        var calendar = new ICalendar(text("calendar.feed.volunteerName", locale), clock.instant());
        for (var mine : efforts.signupsOf(owner.id())) {
            var shift = mine.shift();
            var status = mine.signup().status();
            calendar.add(shiftEvent(
                    shift,
                    mine.effort(),
                    names,
                    text(status.messageKey(), locale),
                    shift.cancelled() || !status.isLive()
                            ? "CANCELLED"
                            : status == SignupStatus.CONFIRMED ? "CONFIRMED" : "TENTATIVE"));
        }
        for (var task : tasks.activeOf(owner.id())) {
            var timed = task.from() != null && task.to() != null;
            calendar.add(new ICalendar.Event(
                    "task-" + task.assignmentId() + "@samverka",
                    timed ? task.date().atTime(task.from()).atZone(STOCKHOLM).toInstant() : null,
                    timed ? task.date().atTime(task.to()).atZone(STOCKHOLM).toInstant() : null,
                    timed ? null : task.date(),
                    text("calendar.feed.task", locale, text(task.kind().messageKey(), locale), task.requestNumber()),
                    text("calendar.feed.taskDescription", locale),
                    names.getOrDefault(task.districtId(), task.districtId()),
                    "CONFIRMED"));
        }
        return calendar.end();
    }

    private String organisation(CalendarFeeds.Owner owner) {
        var organisation = organisations.find(owner.id()).orElseThrow(() -> new NotFoundException("Organisation"));
        var names = districtNames();
        var from = LocalDate.now(clock).minusMonths(1);
        var calendar =
                new ICalendar(text("calendar.feed.organisationName", SWEDISH, organisation.name()), clock.instant());
        for (var effort : efforts.ownedBy(owner.id())) {
            for (var shift : efforts.shifts(effort.id())) {
                if (!shift.date().isBefore(from)) {
                    calendar.add(shiftEvent(
                            shift,
                            effort,
                            names,
                            text(
                                    "calendar.feed.staffing",
                                    SWEDISH,
                                    shift.confirmed(),
                                    shift.maxVolunteers(),
                                    shift.minVolunteers()),
                            shift.cancelled() ? "CANCELLED" : "CONFIRMED"));
                }
            }
        }
        return calendar.end();
    }

    private static ICalendar.Event shiftEvent(
            Shift shift, Effort effort, Map<String, String> names, String description, String status) {
        return new ICalendar.Event(
                "shift-" + shift.id() + "@samverka",
                shift.date().atTime(shift.from()).atZone(STOCKHOLM).toInstant(),
                shift.date().atTime(shift.to()).atZone(STOCKHOLM).toInstant(),
                null,
                shift.title() + " – " + effort.title(),
                description,
                shift.place() + ", " + names.getOrDefault(shift.districtId(), shift.districtId()),
                status);
    }

    private Map<String, String> districtNames() {
        return districts.all().stream().collect(Collectors.toMap(District::id, District::name));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
