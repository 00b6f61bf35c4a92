package se.samverka.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A meeting as typed, checked by Bean Validation ({@link ConsistentMeeting} for the rules across fields); a value
 * that does not convert is shown back as typed with its error. {@code organiser} is a department id or
 * {@link #IDEA_LAB}; whether it is one of today's options needs the database, so the controller checks it.
 */
@ConsistentMeeting
record MeetingForm(
        @NotNull(message = "{meeting.field.kind.required}") MeetingKind kind,

        @NotBlank(message = "{meeting.field.title.required}") @Size(max = 200, message = "{meeting.field.tooLong}")
        String title,

        @NotBlank(message = "{meeting.field.agenda.required}") @Size(max = 4000, message = "{meeting.field.tooLong}")
        String agenda,

        @NotNull(message = "{meeting.field.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull(message = "{meeting.field.time.invalid}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime startTime,

        @NotNull(message = "{meeting.field.time.invalid}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime endTime,

        @Size(max = 300, message = "{meeting.field.tooLong}")
        String place,

        @Size(max = 500, message = "{meeting.field.videoLink.invalid}")
        @Pattern(regexp = "^\\s*((?i)https?://\\S+)?\\s*$", message = "{meeting.field.videoLink.invalid}")
        String videoLink,

        @Min(value = 1, message = "{meeting.field.capacity.invalid}")
        @Max(value = 1000, message = "{meeting.field.capacity.invalid}")
        Integer capacity,

        @NotBlank(message = "{meeting.field.organiser.required}")
        String organiser) {

    static final String IDEA_LAB = "idelabbet";

    static MeetingForm empty() {
        return new MeetingForm(
                MeetingKind.NETWORK, "", "", null, LocalTime.of(18, 0), LocalTime.of(20, 0), "", "", null, IDEA_LAB);
    }

    static MeetingForm of(Meeting m) {
        return new MeetingForm(
                m.kind(),
                m.title(),
                m.agenda(),
                m.date(),
                m.startTime(),
                m.endTime(),
                m.place() == null ? "" : m.place(),
                m.videoLink() == null ? "" : m.videoLink(),
                m.capacity(),
                m.departmentId() == null ? IDEA_LAB : m.departmentId());
    }

    /** The meeting as the module takes it; only for a form without errors. */
    MeetingDetails details() {
        return new MeetingDetails(
                kind,
                title.strip(),
                agenda.strip(),
                ZonedDateTime.of(date, startTime, Meeting.STOCKHOLM).toInstant(),
                ZonedDateTime.of(date, endTime, Meeting.STOCKHOLM).toInstant(),
                blankToNull(place),
                blankToNull(videoLink),
                capacity,
                IDEA_LAB.equals(organiser) ? null : organiser);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
