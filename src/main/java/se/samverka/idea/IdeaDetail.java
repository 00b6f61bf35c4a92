package se.samverka.idea;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One idea with its initiator, as the coaches see it. */
record IdeaDetail(
        UUID id,
        String title,
        String description,
        String forWhom,
        List<String> districtIds,
        List<HelpWanted> help,
        String submitterName,
        String submitterEmail,
        String submitterPhone,
        String organisationName,
        String stage,
        String outcome,
        UUID coachId,
        String coachName,
        LocalDate submittedOn,
        UUID effortId) {

    /** The same idea with its coach's name, which the account module knows. */
    IdeaDetail coachedBy(String name) {
        return new IdeaDetail(
                id,
                title,
                description,
                forWhom,
                districtIds,
                help,
                submitterName,
                submitterEmail,
                submitterPhone,
                organisationName,
                stage,
                outcome,
                coachId,
                name,
                submittedOn,
                effortId);
    }
}
