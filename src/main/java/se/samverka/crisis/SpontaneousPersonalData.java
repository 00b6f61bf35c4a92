package se.samverka.crisis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/**
 * A spontaneous volunteer's sign-up and the thanks sent to their number. Found by their sign-up (a coordinator acts
 * for them from the surge register: they have no login) and by phone number for anyone else, so a registered
 * volunteer's or a resident's export and erasure cover a sign-up with the same number too.
 */
@Component
@Order(600)
class SpontaneousPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    SpontaneousPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "crisis";
    }

    @Override
    public Optional<PersonIdentity> identify(PersonRef ref) {
        if (ref.kind() != PersonRef.Kind.SPONTANEOUS) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT name, phone, locale FROM spontaneous_volunteer WHERE id = ?")
                .param(ref.id())
                .query((rs, i) -> new PersonIdentity(
                        ref,
                        rs.getString("name"),
                        Set.of(),
                        Set.of(rs.getString("phone")),
                        null,
                        rs.getString("locale")))
                .optional();
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        var phones = List.copyOf(who.phoneForms());
        if (phones.isEmpty() && who.ref().kind() != PersonRef.Kind.SPONTANEOUS) {
            return List.of();
        }
        var signups = jdbc.sql("""
				SELECT s.name, s.phone, s.skills, s.locale, c.name AS crisis, s.first_signed_up_at, s.signed_up_at,
				  s.sign_ups, s.consented_at, s.checks_completed_at
				FROM spontaneous_volunteer s JOIN crisis c ON c.id = s.crisis_id
				WHERE s.id = :id OR s.phone IN (:phones) ORDER BY s.signed_up_at""")
                .param("id", idOf(who))
                .param("phones", orNone(phones))
                .query()
                .listOfRows();
        var districts = jdbc.sql("""
				SELECT s.phone, d.district_id FROM spontaneous_volunteer_district d
				JOIN spontaneous_volunteer s ON s.id = d.volunteer_id
				WHERE s.id = :id OR s.phone IN (:phones) ORDER BY s.phone, d.district_id""")
                .param("id", idOf(who))
                .param("phones", orNone(phones))
                .query()
                .listOfRows();
        var thanks = jdbc.sql("""
				SELECT c.name AS crisis, t.phone, t.thanked_at FROM crisis_thanks t JOIN crisis c ON c.id = t.crisis_id
				WHERE t.phone IN (:phones) ORDER BY t.thanked_at""")
                .param("phones", orNone(phonesWithSignup(who, phones)))
                .query()
                .listOfRows();
        // the shifts they were given; their partner is another person, so only whether one was named
        var shifts = jdbc.sql("""
				SELECT t.shift_id, t.paired_at, t.paired_by, t.partner_volunteer_id IS NOT NULL AS with_partner
				FROM spontaneous_shift t JOIN spontaneous_volunteer s ON s.id = t.spontaneous_id
				WHERE s.id = :id OR s.phone IN (:phones) ORDER BY t.paired_at""")
                .param("id", idOf(who))
                .param("phones", orNone(phones))
                .query()
                .listOfRows();
        if (signups.isEmpty() && thanks.isEmpty()) {
            return List.of();
        }
        return List.of(
                PersonalDataSection.of(module(), "spontaneous", signups),
                PersonalDataSection.of(module(), "districts", districts),
                PersonalDataSection.of(module(), "shifts", shifts),
                PersonalDataSection.of(module(), "thanks", thanks));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        var phones = phonesWithSignup(who, List.copyOf(who.phoneForms()));
        int removed = jdbc.sql("DELETE FROM crisis_thanks WHERE phone IN (:phones)")
                .param("phones", orNone(phones))
                .update();
        removed += jdbc.sql("DELETE FROM spontaneous_volunteer WHERE id = :id OR phone IN (:phones)")
                .param("id", idOf(who))
                .param("phones", orNone(phones))
                .update();
        return ErasureOutcome.removed(module(), removed);
    }

    /** The person's numbers and the number of the sign-up that names them. */
    private List<String> phonesWithSignup(PersonIdentity who, List<String> phones) {
        var all = new ArrayList<>(phones);
        if (who.ref().kind() == PersonRef.Kind.SPONTANEOUS) {
            jdbc.sql("SELECT phone FROM spontaneous_volunteer WHERE id = ?")
                    .param(who.ref().id())
                    .query(String.class)
                    .optional()
                    .ifPresent(all::add);
        }
        return all;
    }

    /** The sign-up's id when the reference names one; a random id (matching nothing) otherwise. */
    private static UUID idOf(PersonIdentity who) {
        return who.ref().kind() == PersonRef.Kind.SPONTANEOUS ? who.ref().id() : new UUID(0, 0);
    }

    /** An IN list that matches nothing when the person has no number. */
    private static List<String> orNone(List<String> phones) {
        return phones.isEmpty() ? List.of("-") : phones;
    }
}
