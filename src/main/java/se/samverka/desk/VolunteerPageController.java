package se.samverka.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.callout.ContactEntry;
import se.samverka.callout.ContactLedger;
import se.samverka.effort.Efforts;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.Volunteers;

/**
 * A volunteer's page for coordinators: the profile, safeguarding checks and pledge, the history of asks (the
 * contact log) and the shifts they signed up for. Opening it is audited, as a read of the volunteer's data.
 */
@Controller
class VolunteerPageController {

    /** The most contact-log lines the page shows. */
    static final int CONTACTS_SHOWN = 50;

    private final Volunteers volunteers;
    private final VolunteerRegister register;
    private final Safeguarding safeguarding;
    private final ContactLedger contacts;
    private final Efforts efforts;
    private final RegisterChoices choices;
    private final AuditLog audit;
    private final Clock clock;

    VolunteerPageController(
            Volunteers volunteers,
            VolunteerRegister register,
            Safeguarding safeguarding,
            ContactLedger contacts,
            Efforts efforts,
            RegisterChoices choices,
            AuditLog audit,
            Clock clock) {
        this.volunteers = volunteers;
        this.register = register;
        this.safeguarding = safeguarding;
        this.contacts = contacts;
        this.efforts = efforts;
        this.choices = choices;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(RegisterFilter.PATH + "/{id}")
    String page(@PathVariable UUID id, Model model) {
        var profile = volunteers.find(id).orElseThrow(() -> new NotFoundException("Volunteer"));
        var row = register.selected(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Volunteer"));
        audit.record(
                AuditAction.VIEW,
                PersonRef.volunteer(id),
                RegisterController.PURPOSE,
                "profile, contact details, safeguarding checks, pledge, contact log, shifts");
        var today = LocalDate.now(clock);
        choices.addTo(model);
        model.addAttribute("profile", profile);
        model.addAttribute("row", row);
        model.addAttribute("signedUpOn", row.signedUpOn());
        var slots = new ArrayList<String>();
        var availability = profile.availability();
        if (availability.weekdayDaytime()) {
            slots.add("volunteer.slot.WEEKDAY_DAYTIME");
        }
        if (availability.weekdayEvening()) {
            slots.add("volunteer.slot.WEEKDAY_EVENING");
        }
        if (availability.weekendDaytime()) {
            slots.add("volunteer.slot.WEEKEND_DAYTIME");
        }
        if (availability.weekendEvening()) {
            slots.add("volunteer.slot.WEEKEND_EVENING");
        }
        model.addAttribute("slots", slots);
        model.addAttribute(
                "checks",
                safeguarding.checksOf(id).stream()
                        .map(c -> new CheckLine(
                                c.kind(), c.checkedBy(), c.checkedOn(), c.expiresOn(), c.note(), c.validOn(today)))
                        .toList());
        model.addAttribute(
                "missingIdCheck",
                safeguarding.checksOf(id).stream()
                        .noneMatch(c -> c.kind() == CheckKind.ID_CHECKED && c.validOn(today)));
        var pledged = safeguarding.currentPledgeAcceptedAt(id);
        model.addAttribute("pledgeAcceptedAt", pledged == null ? null : pledged.atZone(clock.getZone()));
        model.addAttribute("pledgeVersion", safeguarding.currentPledgeVersion());
        var ledger = contacts.of(id, CONTACTS_SHOWN, clock.getZone());
        model.addAttribute("contacts", ledger);
        var monthAgo = clock.instant().minus(Duration.ofDays(30));
        model.addAttribute(
                "asksLast30Days",
                ledger.stream()
                        .filter(c -> c.entry() == ContactEntry.ASK
                                && c.at().toInstant().isAfter(monthAgo))
                        .count());
        model.addAttribute("signups", efforts.signupsOf(id));
        return "desk/volunteer";
    }

    /** One recorded check as the page shows it. */
    record CheckLine(
            CheckKind kind, String checkedBy, LocalDate checkedOn, LocalDate expiresOn, String note, boolean valid) {

        public String kindKey() {
            return kind.messageKey();
        }
    }
}
