package se.samverka.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as an iCalendar file (RFC 5545): CRLF line ends, text escaped, times in UTC, lines folded at 75
 * octets without splitting a UTF-8 character.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private MeetingCalendar() {}

    static String of(Meeting meeting, Instant now, String link) {
        var description = meeting.agenda()
                + (meeting.videoLink() != null ? "\n\n" + meeting.videoLink() : "")
                + (link != null ? "\n\n" + link : "");
        var location = meeting.place() != null ? meeting.place() : meeting.videoLink();
        var out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Samverka//Moten//SV");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + meeting.id() + "@samverka");
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(meeting.startsAt()));
        line(out, "DTEND:" + UTC.format(meeting.endsAt()));
        line(out, "SUMMARY:" + escape(meeting.title()));
        line(out, "DESCRIPTION:" + escape(description));
        if (location != null) {
            line(out, "LOCATION:" + escape(location));
        }
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT values: backslash, semicolon and comma escaped, line breaks as \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\n")
                .replace("\r", "\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded at 75 octets: each continuation starts with one space. */
    static void line(StringBuilder out, String content) {
        var octets = 0;
        var limit = 75;
        for (var i = 0; i < content.length(); ) {
            var codePoint = content.codePointAt(i);
            var size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
