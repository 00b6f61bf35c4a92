package se.samverka.idea;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.EmailAddress;

/** Ideas written without the web forms, for the demo data: submitted, taken on, moved and coached. */
@Service
public class IdeaAdministration {

    private final Ideas ideas;

    IdeaAdministration(Ideas ideas) {
        this.ideas = ideas;
    }

    /** An idea as the public form would save it (with consent); returns its id. */
    @Transactional
    public UUID submit(
            String title,
            String description,
            String forWhom,
            Set<String> districtIds,
            Set<HelpWanted> help,
            String name,
            String email,
            String organisation) {
        return ideas.submit(new NewIdea(
                title.strip(),
                description.strip(),
                forWhom.strip(),
                districtIds,
                help,
                name.strip(),
                EmailAddress.of(email),
                null,
                organisation == null || organisation.isBlank() ? null : organisation.strip(),
                "sv"));
    }

    @Transactional
    public void coach(UUID ideaId, UUID coachId, String stage, String outcome, String coachName) {
        ideas.takeOn(ideaId, coachId);
        ideas.moveTo(ideaId, stage, outcome == null ? "" : outcome, coachName);
    }

    /** A coaching session with one agreed next step. */
    @Transactional
    public void session(
            UUID ideaId, UUID coachId, LocalDate heldOn, String notes, String step, String owner, LocalDate due) {
        ideas.addSession(ideaId, heldOn, notes, coachId, List.of(new NextStep(step, owner, due)));
    }
}
