package se.samverka.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;
import se.samverka.effort.SignupStatus;
import se.samverka.helpkind.HelpKinds;
import se.samverka.helprequest.NeedFigures;
import se.samverka.shared.PersonRef;

/**
 * Paper for working through a power cut: the day's shifts with who is confirmed and their numbers, and the residents of
 * a district still waiting for help with their number, address and what they need. Each print is written to the audit
 * log as an export, one entry per person on the paper, and each page ends with "printed by … at …".
 */
@Service
class PowerCutPrints {

    /** The purpose of the print, for residents and volunteers alike: paper for a power cut. */
    static final String RESIDENT_PURPOSE = "crisis.power-cut-print";

    static final String VOLUNTEER_PURPOSE = "crisis.power-cut-print";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Efforts efforts;
    private final NeedFigures needs;
    private final Districts districts;
    private final HelpKinds kinds;
    private final AuditLog audit;
    private final ReportViews views;
    private final ReportFiles files;
    private final Clock clock;

    PowerCutPrints(
            Efforts efforts,
            NeedFigures needs,
            Districts districts,
            HelpKinds kinds,
            AuditLog audit,
            ReportViews views,
            ReportFiles files,
            Clock clock) {
        this.efforts = efforts;
        this.needs = needs;
        this.districts = districts;
        this.kinds = kinds;
        this.audit = audit;
        this.views = views;
        this.files = files;
        this.clock = clock;
    }

    String footer(String printedBy, Locale locale) {
        return views.text("situation.print.footer", locale, printedBy, files.time(clock.instant()));
    }

    byte[] shifts(LocalDate date, String printedBy, Locale locale) {
        var rows = new ArrayList<List<String>>();
        var people = new ArrayList<PersonRef>();
        for (District district : districts.all()) {
            for (var shift : efforts.shiftsOn(date, district.id())) {
                var effort = efforts.find(shift.effortId()).map(e -> e.title()).orElse("");
                var who = new StringBuilder();
                for (var signup : efforts.signups(shift.id())) {
                    if (signup.status() == SignupStatus.CONFIRMED) {
                        people.add(PersonRef.volunteer(signup.volunteerId()));
                        who.append(who.isEmpty() ? "" : "\n").append(signup.volunteerName());
                        if (signup.volunteerPhone() != null
                                && !signup.volunteerPhone().isBlank()) {
                            who.append(", ").append(signup.volunteerPhoneForDisplay());
                        }
                    }
                }
                rows.add(List.of(
                        TIME.format(shift.from()) + "–" + TIME.format(shift.to()),
                        effort + " – " + shift.title(),
                        shift.place() + ", " + district.name(),
                        shift.confirmed() + "/" + shift.maxVolunteers(),
                        who.isEmpty() ? views.text("situation.print.nobody", locale) : who.toString()));
            }
        }
        audit.recordAll(AuditAction.EXPORT, people, VOLUNTEER_PURPOSE, "power-cut print: shifts " + date);
        return Pdfs.write(footer(printedBy, locale), document -> {
            document.add(Pdfs.title(views.text("situation.print.shifts.title", locale, date.toString())));
            if (rows.isEmpty()) {
                document.add(Pdfs.text(views.text("situation.print.shifts.none", locale)));
                return;
            }
            document.add(Pdfs.table(
                    List.of(
                            views.text("situation.print.col.time", locale),
                            views.text("situation.print.col.shift", locale),
                            views.text("situation.print.col.place", locale),
                            views.text("situation.print.col.places", locale),
                            views.text("situation.print.col.rostered", locale)),
                    rows,
                    2,
                    4,
                    4,
                    1.5f,
                    5));
        });
    }

    byte[] residents(District district, String printedBy, Locale locale) {
        var requests = needs.openIn(district.id());
        audit.recordAll(
                AuditAction.EXPORT,
                requests.stream().map(r -> PersonRef.resident(r.id())).toList(),
                RESIDENT_PURPOSE,
                "power-cut print: residents waiting for help");
        var rows = new ArrayList<List<String>>();
        for (var r : requests) {
            var kind = kinds.name(r.kind(), locale);
            rows.add(List.of(
                    "#" + r.number() + "\n" + r.date(),
                    r.residentName(),
                    r.phoneErased()
                            ? views.text("situation.print.phoneErased", locale)
                            : r.residentPhone().display(),
                    r.streetAddress() == null ? "" : r.streetAddress(),
                    (kind == null ? r.kind().code() : kind) + (r.description() == null ? "" : ": " + r.description())));
        }
        return Pdfs.write(footer(printedBy, locale), document -> {
            document.add(Pdfs.title(views.text("situation.print.residents.title", locale, district.name())));
            if (rows.isEmpty()) {
                document.add(Pdfs.text(views.text("situation.print.residents.none", locale)));
                return;
            }
            document.add(Pdfs.table(
                    List.of(
                            views.text("situation.print.col.request", locale),
                            views.text("situation.print.col.name", locale),
                            views.text("situation.print.col.phone", locale),
                            views.text("situation.print.col.address", locale),
                            views.text("situation.print.col.need", locale)),
                    rows,
                    1.8f,
                    3,
                    2.6f,
                    3.5f,
                    5));
        });
    }
}
