package se.samverka.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * A meeting as typed: the date and times are kept as text so that nothing typed is lost when something is wrong.
 * {@code organiser} is a department id or {@link #IDEA_LAB}.
 */
record MeetingForm(
        String kind,
        String title,
        String agenda,
        String date,
        String startTime,
        String endTime,
        String place,
        String videoLink,
        String capacity,
        String organiser) {

    static final String IDEA_LAB = "idelabbet";

    MeetingForm {
        kind = kind == null ? "" : kind;
        title = title == null ? "" : title;
        agenda = agenda == null ? "" : agenda;
        date = date == null ? "" : date;
        startTime = startTime == null ? "" : startTime;
        endTime = endTime == null ? "" : endTime;
        place = place == null ? "" : place;
        videoLink = videoLink == null ? "" : videoLink;
        capacity = capacity == null ? "" : capacity;
        organiser = organiser == null ? "" : organiser;
    }

    static MeetingForm empty() {
        return new MeetingForm(MeetingKind.NETWORK.name(), "", "", "", "18:00", "20:00", "", "", "", IDEA_LAB);
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(
                m.kind().name(),
                m.title(),
                m.agenda(),
                m.date().toString(),
                m.startTime().toString(),
                m.endTime().toString(),
                m.place() == null ? "" : m.place(),
                m.videoLink() == null ? "" : m.videoLink(),
                m.capacity() == null ? "" : m.capacity().toString(),
                m.departmentId() == null ? IDEA_LAB : m.departmentId());
    }

    /** The checks that need no database; the service adds the ones that do (the past, taken seats). */
    void check(Errors errors, java.util.Set<String> organisers) {
        if (kindValue() == null) {
            errors.rejectValue("kind", "meeting.field.kind.required");
        }
        required(errors, "title", title, 200);
        required(errors, "agenda", agenda, 4000);
        if (date.isBlank()) {
            errors.rejectValue("date", "meeting.field.date.required");
        } else if (dateValue() == null) {
            errors.rejectValue("date", "meeting.field.date.invalid");
        }
        if (time(startTime) == null) {
            errors.rejectValue("startTime", "meeting.field.time.invalid");
        }
        if (time(endTime) == null) {
            errors.rejectValue("endTime", "meeting.field.time.invalid");
        } else if (time(startTime) != null && !time(endTime).isAfter(time(startTime))) {
            errors.rejectValue("endTime", "meeting.field.endTime.beforeStart");
        }
        if (place.isBlank() && videoLink.isBlank()) {
            errors.rejectValue("place", "meeting.field.place.required");
        }
        if (place.strip().length() > 300) {
            errors.rejectValue("place", "meeting.field.tooLong");
        }
        if (!videoLink.isBlank()) {
            var lower = videoLink.strip().toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("https://") || lower.startsWith("http://"))
                    || videoLink.strip().length() > 500
                    || videoLink.strip().contains(" ")) {
                errors.rejectValue("videoLink", "meeting.field.videoLink.invalid");
            }
        }
        if (capacity.isBlank()) {
            if (kindValue() == MeetingKind.NETWORK) {
                errors.rejectValue("capacity", "meeting.field.capacity.required");
            }
        } else if (capacityValue() == null) {
            errors.rejectValue("capacity", "meeting.field.capacity.invalid");
        }
        if (!organisers.contains(organiser)) {
            errors.rejectValue("organiser", "meeting.field.organiser.required");
        }
    }

    private static void required(Errors errors, String field, String value, int max) {
        if (value.isBlank()) {
            errors.rejectValue(field, "meeting.field." + field + ".required");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "meeting.field.tooLong");
        }
    }

    MeetingKind kindValue() {
        try {
            return MeetingKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    LocalDate dateValue() {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Blank, or a whole number from 1 to 1000; null when it is something else. */
    Integer capacityValue() {
        try {
            var value = Integer.parseInt(capacity.strip());
            return value >= 1 && value <= 1000 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    ZonedDateTime start() {
        return ZonedDateTime.of(dateValue(), time(startTime), Meeting.STOCKHOLM);
    }

    ZonedDateTime end() {
        return ZonedDateTime.of(dateValue(), time(endTime), Meeting.STOCKHOLM);
    }

    String departmentId() {
        return IDEA_LAB.equals(organiser) ? null : organiser;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalTime time(String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
