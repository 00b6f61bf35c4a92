package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.volunteer.VolunteerContact;
import se.samverka.volunteer.Volunteers;

/**
 * Sign-ups as people read them: each with the volunteer's name, e-mail and phone, asked of the volunteer module in
 * one batch per list (never once per person). A sign-up whose volunteer is gone is left out, as the roster always
 * did.
 */
@Component
class Rosters {

    private final SignupRepository signups;
    private final ShiftRepository shifts;
    private final EffortRepository efforts;
    private final Volunteers volunteers;
    private final Clock clock;

    Rosters(
            SignupRepository signups,
            ShiftRepository shifts,
            EffortRepository efforts,
            Volunteers volunteers,
            Clock clock) {
        this.signups = signups;
        this.shifts = shifts;
        this.efforts = efforts;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** Everyone on the shift, confirmed first, then applications, then the waiting list in order. */
    List<Signup> on(UUID shiftId) {
        return shown(signups.on(shiftId));
    }

    /** A volunteer's sign-ups with their shifts and efforts, soonest first (see {@link Efforts#signupsOf}). */
    List<Efforts.MySignup> of(UUID volunteerId) {
        return shown(signups.of(volunteerId, LocalDate.now(clock))).stream()
                .map(signup -> {
                    var shift = shifts.find(signup.shiftId()).orElseThrow();
                    return new Efforts.MySignup(
                            signup,
                            shift,
                            efforts.find(shift.effortId()).orElseThrow(),
                            shift.hasStarted(clock.instant(), clock.getZone()));
                })
                .toList();
    }

    /**
     * The volunteers with a live sign-up to the owner's efforts (organisation, or all departments when null), by
     * name: name, e-mail, phone and how many live sign-ups.
     */
    List<Object[]> volunteersOf(UUID organisationId) {
        var counts = signups.liveCountsFor(organisationId);
        // code point order: what ORDER BY name gave on the C-collated databases when this was one query
        return volunteers.contactsOf(counts.keySet()).values().stream()
                .sorted(Comparator.comparing(VolunteerContact::name))
                .map(v -> new Object[] {v.name(), v.email(), v.phone(), counts.get(v.id())})
                .toList();
    }

    private List<Signup> shown(List<SignupRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var contacts = volunteers.contactsOf(
                rows.stream().map(SignupRow::volunteerId).distinct().toList());
        return rows.stream()
                .filter(row -> contacts.containsKey(row.volunteerId()))
                .map(row -> row.shown(contacts.get(row.volunteerId())))
                .toList();
    }
}
