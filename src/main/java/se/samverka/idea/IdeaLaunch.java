package se.samverka.idea;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/** A launched idea becomes a draft effort of an approved organisation or a department, linked to the idea. */
@Service
class IdeaLaunch {

    static final String LAUNCHED = "LAUNCHED";

    private final IdeaRepository ideas;
    private final Efforts efforts;
    private final Organisations organisations;
    private final Departments departments;
    private final Clock clock;

    IdeaLaunch(
            IdeaRepository ideas, Efforts efforts, Organisations organisations, Departments departments, Clock clock) {
        this.ideas = ideas;
        this.efforts = efforts;
        this.organisations = organisations;
        this.departments = departments;
        this.clock = clock;
    }

    /** The approved organisations, then the active departments. */
    @Transactional(readOnly = true)
    List<OwnerOption> owners() {
        var owners = new ArrayList<OwnerOption>();
        organisations.approved().forEach(o -> owners.add(OwnerOption.organisation(o.id(), o.name())));
        departments.active().forEach(d -> owners.add(OwnerOption.department(d.id(), d.name())));
        return owners;
    }

    /** The effort's title, when the idea has become one. */
    @Transactional(readOnly = true)
    String effortTitle(IdeaDetail idea) {
        return idea.effortId() == null
                ? null
                : efforts.find(idea.effortId()).map(Effort::title).orElse(null);
    }

    /**
     * Creates the draft effort and links it, unless the idea is not launched, is an effort already, or the owner is
     * no longer one that {@link #owners()} offers.
     */
    @Transactional
    LaunchOutcome launch(UUID ideaId, EffortPlan plan, String by) {
        var idea = ideas.find(ideaId).orElseThrow(() -> new NotFoundException("idea " + ideaId));
        if (!LAUNCHED.equals(idea.stage()) || idea.effortId() != null) {
            return LaunchOutcome.NOT_LAUNCHED;
        }
        if (!mayRun(plan)) {
            return LaunchOutcome.UNKNOWN_OWNER;
        }
        var forWhom = idea.forWhom().length() > 500 ? idea.forWhom().substring(0, 500) : idea.forWhom();
        var id = efforts.create(
                new Effort(
                        null,
                        plan.organisationId(),
                        plan.departmentId(),
                        idea.title(),
                        idea.description(),
                        forWhom,
                        plan.start(),
                        plan.end(),
                        idea.submitterName(),
                        idea.submitterEmail(),
                        idea.submitterPhone(),
                        EffortStatus.DRAFT,
                        idea.districtIds()),
                by);
        if (!ideas.linkEffort(ideaId, id, clock.instant())) {
            throw new IllegalStateException("The idea became an effort meanwhile");
        }
        return LaunchOutcome.CREATED;
    }

    private boolean mayRun(EffortPlan plan) {
        return plan.organisationId() != null
                ? organisations.approved().stream().anyMatch(o -> o.id().equals(plan.organisationId()))
                : departments.active().stream().anyMatch(d -> d.id().equals(plan.departmentId()));
    }
}
