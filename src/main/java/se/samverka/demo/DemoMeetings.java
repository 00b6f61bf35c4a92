package se.samverka.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.samverka.meeting.MeetingAdministration;
import se.samverka.meeting.MeetingKind;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;
import se.samverka.shared.MunicipalTime;

/**
 * Meetings: a network meeting held ten days ago with registrations, attendance, minutes, a decision and an open
 * and a done action; an upcoming network meeting that is full, with a waiting list; and the collaboration body's
 * last and next meeting with agenda, minutes and actions owned by departments. Needs DemoOrganisations first.
 */
@Component
class DemoMeetings {

    private static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private final MeetingAdministration meetings;
    private final Organisations organisations;
    private final Clock clock;

    DemoMeetings(MeetingAdministration meetings, Organisations organisations, Clock clock) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.clock = clock;
    }

    void create() {
        Map<String, UUID> byName =
                organisations.approved().stream().collect(Collectors.toMap(Organisation::name, Organisation::id));
        var redCross = byName.get("Ekerö Röda Korset-krets");
        var hembygd = byName.get("Färentuna-Hilleshögs hembygdsförening");
        var church = byName.get("Svenska kyrkan Ekerö pastorat");
        if (redCross == null || hembygd == null || church == null) {
            return;
        }
        var all = List.of(redCross, hembygd, church);
        var today = LocalDate.now(clock.withZone(STOCKHOLM));

        var held = meeting(
                MeetingKind.NETWORK,
                "Nätverksträff: volontärer i vinter",
                "1. Välkomna och runda\n2. Hur når vi nya volontärer?\n3. Gemensam kalender för vintern",
                today.minusDays(10),
                18,
                "Ekerö bibliotek, Tappström",
                20,
                null);
        meetings.invite(held, all, "coach@example.se");
        meetings.register(held, redCross, 2, "Rut Korsberg\nAli Haddad");
        meetings.register(held, hembygd, 1, "Olof Hilleshög");
        meetings.register(held, church, 2, "Maria Lund\nJonas Ek");
        meetings.attended(held, List.of(redCross, church));
        meetings.minutes(
                held,
                "Tolv deltagare från tre föreningar. Alla behöver fler volontärer till jul; vi "
                        + "samordnar annonseringen.",
                "Föreningarna annonserar gemensamt i lokaltidningen inför julen.");
        meetings.action(
                held,
                "Samla föreningarnas aktiviteter i en gemensam vinterkalender",
                redCross,
                null,
                today.plusDays(14));
        var done = meetings.action(held, "Boka biblioteket för nästa nätverksträff", null, "kff", today.minusDays(3));
        meetings.done(done, "demo");

        var upcoming = meeting(
                MeetingKind.NETWORK,
                "Nätverksträff: ansöka om föreningsbidrag",
                "1. Kommunens bidrag 2027\n2. Arvsfonden och andra fonder\n3. Frågor",
                today.plusDays(12),
                18,
                "Kommunhuset, sal Mälaren",
                4,
                null);
        meetings.invite(upcoming, all, "coach@example.se");
        meetings.register(upcoming, redCross, 2, "Rut Korsberg\nAli Haddad");
        meetings.register(upcoming, hembygd, 2, "Olof Hilleshög\nAnna Hilleshög");
        meetings.register(upcoming, church, 1, "Maria Lund");

        var bodyHeld = meeting(
                MeetingKind.BODY,
                "Samverkansorganet, höstmöte",
                "1. Läget i samverkan\n2. Uppföljning av överenskommelsen\n3. Kommande nätverksträffar",
                today.minusDays(20),
                13,
                "Kommunhuset, sal Ekerö",
                null,
                "ksf");
        meetings.minutes(
                bodyHeld,
                "Samverkansorganet gick igenom läget. Överenskommelsen följs upp i vår.",
                "Överenskommelsen följs upp vid vårens första möte.");
        meetings.action(bodyHeld, "Ta fram statistik över föreningarnas insatser", null, "sof", today.plusDays(20));
        var bodyDone = meetings.action(bodyHeld, "Bjuda in skolorna till nästa möte", null, "buf", today.minusDays(5));
        meetings.done(bodyDone, "demo");
        meeting(
                MeetingKind.BODY,
                "Samverkansorganet, vintermöte",
                "1. Öppna åtgärder\n2. Budget för föreningsbidrag\n3. Övrigt",
                today.plusDays(25),
                13,
                "Kommunhuset, sal Ekerö",
                null,
                "ksf");
    }

    private UUID meeting(
            MeetingKind kind,
            String title,
            String agenda,
            LocalDate date,
            int hour,
            String place,
            Integer capacity,
            String department) {
        var start = date.atTime(hour, 0).atZone(STOCKHOLM).toInstant();
        return meetings.schedule(
                kind, title, agenda, start, start.plusSeconds(2 * 3600), place, capacity, department, "demo");
    }
}
