package se.samverka.registerimport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;
import se.samverka.volunteer.ContactChannel;
import se.samverka.volunteer.PhoneRegistration;
import se.samverka.volunteer.VolunteerIntake;

/** The writes of a volunteers import: each NEW row invited through {@link VolunteerIntake}, in the caller's transaction. */
@Component
class InvitationRun {

    private final VolunteerIntake volunteers;
    private final Districts districts;
    private final HelpKinds kinds;

    InvitationRun(VolunteerIntake volunteers, Districts districts, HelpKinds kinds) {
        this.volunteers = volunteers;
        this.districts = districts;
        this.kinds = kinds;
    }

    /**
     * A list rarely says which districts, kinds of help and languages someone offers, but a volunteer needs at least
     * one of each: an empty cell becomes every district, the kinds that need no safeguarding check, and Swedish. The
     * invited person sees and changes them under Mina sidor once they have confirmed; until then nobody asks them.
     * Returns line, result and volunteer id of each NEW row.
     */
    List<Object[]> invite(List<StagedRow> rows, Locale locale, IntConsumer progress) {
        var results = new ArrayList<Object[]>();
        var everyDistrict = new LinkedHashSet<String>();
        districts.all().forEach(d -> everyDistrict.add(d.id()));
        var unchecked = new LinkedHashSet<HelpKind>();
        kinds.active().stream().filter(k -> kinds.safeguardingLevel(k) == 0).forEach(unchecked::add);
        if (unchecked.isEmpty()) {
            unchecked.addAll(kinds.active());
        }
        int done = 0;
        for (var r : rows) {
            if (r.outcome() != Outcome.NEW) {
                continue;
            }
            var registration = new PhoneRegistration(
                    r.name(),
                    new EmailAddress(r.email()),
                    new PhoneNumber(r.phone()),
                    orElse(Cells.split(r.districts()), everyDistrict),
                    unchecked,
                    orElse(Cells.split(r.languages()), Set.of("sv")),
                    ContactChannel.EMAIL,
                    false);
            var volunteer = volunteers.invite(registration, locale);
            results.add(new Object[] {r.line(), volunteer.isPresent() ? "INVITED" : "SKIPPED", volunteer.orElse(null)});
            if (++done % ImportRun.CHUNK == 0) {
                progress.accept(done);
            }
        }
        return results;
    }

    private static Set<String> orElse(List<String> values, Set<String> otherwise) {
        return values.isEmpty() ? otherwise : new LinkedHashSet<>(values);
    }
}
