package se.samverka.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes an iCalendar feed (RFC 5545): CRLF line ends, TEXT values escaped, content lines folded at 75 octets
 * without splitting a UTF-8 character, times in UTC so that no VTIMEZONE is needed.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** One event; {@code start}/{@code end} in UTC, or {@code day} for an event without a time. */
    record Event(
            String uid,
            Instant start,
            Instant end,
            LocalDate day,
            String summary,
            String description,
            String location,
            String status) {}

    private final StringBuilder out = new StringBuilder();

    private final Instant now;

    ICalendar(String name, Instant now) {
        this.now = now;
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Samverka//Kalender//SV");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + escape(name));
        line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line("X-PUBLISHED-TTL:PT1H");
    }

    ICalendar add(Event event) {
        line("BEGIN:VEVENT");
        line("UID:" + event.uid());
        line("DTSTAMP:" + UTC.format(now));
        if (event.day() != null) {
            line("DTSTART;VALUE=DATE:" + DATE.format(event.day()));
            line("DTEND;VALUE=DATE:" + DATE.format(event.day().plusDays(1)));
        } else {
            line("DTSTART:" + UTC.format(event.start()));
            line("DTEND:" + UTC.format(event.end()));
        }
        line("SUMMARY:" + escape(event.summary()));
        if (event.description() != null) {
            line("DESCRIPTION:" + escape(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            line("LOCATION:" + escape(event.location()));
        }
        line("STATUS:" + event.status());
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
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
    private void line(String content) {
        var octets = 0;
        for (var i = 0; i < content.length(); ) {
            var codePoint = content.codePointAt(i);
            var size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
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
