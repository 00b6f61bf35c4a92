package se.samverka.idea;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.organisation.Organisations;
import se.samverka.shared.MunicipalTime;
import se.samverka.shared.PersonRef;

/** What coaches and submitters do to ideas: submit, take on, move, and record the coaching. */
@Service
class Ideas {

    static final ZoneId STOCKHOLM = MunicipalTime.ZONE;

    private final IdeaRepository ideas;
    private final CoachingRepository coaching;
    private final IdeaProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Consents consents;
    private final Organisations organisations;

    Ideas(
            IdeaRepository ideas,
            CoachingRepository coaching,
            IdeaProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            Consents consents,
            Organisations organisations) {
        this.ideas = ideas;
        this.coaching = coaching;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.consents = consents;
        this.organisations = organisations;
    }

    /** A new idea starts in the first stage, with the submitter's consent to be contacted about it. */
    @Transactional
    UUID submit(NewIdea idea) {
        var id = UUID.randomUUID();
        ideas.insert(id, idea, properties.first(), clock.instant());
        consents.give(
                new PersonRef(PersonRef.Kind.IDEA_CONTACT, id),
                ConsentPurpose.IDEA_CONTACT,
                consents.noticeVersion(),
                Consents.SELF);
        events.publishEvent(
                new IdeaSubmitted(id, idea.title(), idea.name(), idea.email().value(), idea.language()));
        return id;
    }

    /** The coach takes the idea on; false when another coach already has it. */
    @Transactional
    boolean takeOn(UUID ideaId, UUID coachId) {
        return ideas.takeOn(ideaId, coachId, clock.instant());
    }

    /** Only a configured stage; the outcome is kept for a closed idea only. */
    @Transactional
    void moveTo(UUID ideaId, String stage, String outcome, String by) {
        if (!properties.stages().contains(stage)) {
            throw new IllegalArgumentException("Unknown stage " + stage);
        }
        ideas.moveTo(ideaId, stage, IdeaProperties.CLOSED.equals(stage) ? outcome.strip() : null, by, clock.instant());
    }

    @Transactional
    UUID addSession(UUID ideaId, LocalDate heldOn, String notes, UUID coachId, List<NextStep> steps) {
        var id = UUID.randomUUID();
        coaching.insertSession(id, ideaId, heldOn, notes.strip(), coachId, clock.instant());
        for (var step : steps) {
            coaching.insertStep(
                    ideaId,
                    id,
                    new NextStep(step.description().strip(), step.owner().strip(), step.dueOn()));
        }
        return id;
    }

    /**
     * Someone involved in the idea: an approved organisation of the register under its registered name, or a name
     * given. Refused with {@link UnknownOrganisation} for an organisation that is not approved.
     */
    @Transactional
    void addParty(UUID ideaId, Party party) {
        var name = party.name();
        if (party.organisationId() != null) {
            name = organisations.approved().stream()
                    .filter(o -> o.id().equals(party.organisationId()))
                    .findFirst()
                    .orElseThrow(UnknownOrganisation::new)
                    .name();
        }
        var part = party.part() == null || party.part().isBlank()
                ? null
                : party.part().strip();
        coaching.insertParty(ideaId, party.organisationId(), name.strip(), part);
    }

    @Transactional
    void addFunding(UUID ideaId, String source, BigDecimal amount, FundingStatus status) {
        coaching.insertFunding(ideaId, source.strip(), amount, status, clock.instant());
    }
}
