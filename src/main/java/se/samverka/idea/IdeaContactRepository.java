package se.samverka.idea;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.privacy.PersonIdentity;
import se.samverka.shared.PersonRef;

/** The submitter's contact details kept on each idea, for access and erasure requests. */
@Repository
class IdeaContactRepository {

    private static final String EXPORTED =
            "SELECT title, submitter_name, submitter_email, submitter_phone, organisation_name, created_at FROM idea";

    private static final String PSEUDONYMISE =
            "UPDATE idea SET submitter_name = ?, submitter_email = 'raderad@samverka.invalid', submitter_phone = NULL";

    private final JdbcClient jdbc;

    IdeaContactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The submitter of the idea the reference names, unless already erased. */
    Optional<PersonIdentity> submitterOf(PersonRef ref) {
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

    List<Map<String, Object>> exportById(UUID ideaId) {
        return jdbc.sql(EXPORTED + " WHERE id = ?").param(ideaId).query().listOfRows();
    }

    /** {@code email} in lower case. */
    List<Map<String, Object>> exportByEmail(String email) {
        return jdbc.sql(EXPORTED + " WHERE LOWER(submitter_email) = ?")
                .param(email)
                .query()
                .listOfRows();
    }

    /** Replaces the submitter's name and addresses; returns how many ideas changed. */
    int pseudonymiseById(UUID ideaId) {
        return jdbc.sql(PSEUDONYMISE + " WHERE id = ?")
                .params(DataSubjectRights.ERASED, ideaId)
                .update();
    }

    /** As {@link #pseudonymiseById(UUID)} for every idea with this address ({@code email} in lower case). */
    int pseudonymiseByEmail(String email) {
        return jdbc.sql(PSEUDONYMISE + " WHERE LOWER(submitter_email) = ?")
                .params(DataSubjectRights.ERASED, email)
                .update();
    }
}
