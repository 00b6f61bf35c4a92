package se.samverka.idea;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/**
 * The contact details of whoever submitted an idea, found by the idea (an idea contact) or by e-mail address (a
 * volunteer who also submitted ideas). Erasure keeps the idea, which belongs to the municipality's work, and
 * replaces the submitter's name and addresses.
 */
@Component
@Order(400)
class IdeaPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    IdeaPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "idea";
    }

    @Override
    public Optional<PersonIdentity> identify(PersonRef ref) {
        if (ref.kind() != PersonRef.Kind.IDEA_CONTACT) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "SELECT submitter_name, submitter_email, submitter_phone, language FROM idea WHERE id = ? AND submitter_name <> ?")
                .params(ref.id(), DataSubjectRights.ERASED)
                .query((rs, n) -> new PersonIdentity(
                        ref,
                        rs.getString(1),
                        Set.of(rs.getString(2).toLowerCase(Locale.ROOT)),
                        rs.getString(3) == null ? Set.of() : Set.of(rs.getString(3)),
                        null,
                        rs.getString(4)))
                .optional();
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        var rows = new java.util.ArrayList<java.util.Map<String, Object>>();
        if (who.ref().kind() == PersonRef.Kind.IDEA_CONTACT) {
            rows.addAll(jdbc.sql(
                            "SELECT title, submitter_name, submitter_email, submitter_phone, organisation_name, created_at FROM idea WHERE id = ?")
                    .param(who.ref().id())
                    .query()
                    .listOfRows());
        } else {
            for (var email : who.emails()) {
                rows.addAll(jdbc.sql(
                                "SELECT title, submitter_name, submitter_email, submitter_phone, organisation_name, created_at FROM idea WHERE LOWER(submitter_email) = ?")
                        .param(email)
                        .query()
                        .listOfRows());
            }
        }
        return rows.isEmpty() ? List.of() : List.of(PersonalDataSection.of(module(), "ideas", rows));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        var set =
                "UPDATE idea SET submitter_name = ?, submitter_email = 'raderad@samverka.invalid', submitter_phone = NULL";
        int pseudonymised = 0;
        if (who.ref().kind() == PersonRef.Kind.IDEA_CONTACT) {
            pseudonymised += jdbc.sql(set + " WHERE id = ?")
                    .params(DataSubjectRights.ERASED, who.ref().id())
                    .update();
        }
        for (var email : who.emails()) {
            pseudonymised += jdbc.sql(set + " WHERE LOWER(submitter_email) = ?")
                    .params(DataSubjectRights.ERASED, email)
                    .update();
        }
        return new ErasureOutcome(
                module(), 0, pseudonymised, pseudonymised == 0 ? List.of() : List.of("privacy.kept.ideas"));
    }
}
