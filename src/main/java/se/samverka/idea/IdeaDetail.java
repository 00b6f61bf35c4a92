package se.samverka.idea;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One idea with its initiator, as the coaches see it. */
public record IdeaDetail(
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
        UUID effortId) {}
