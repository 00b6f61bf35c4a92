package se.samverka.idea;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;

/** A launched idea becomes a draft effort of an approved organisation or a department, linked to the idea. */
@Component
class IdeaLaunch {

    static final String LAUNCHED = "LAUNCHED";

    private final Ideas ideas;
    private final Efforts efforts;
    private final Organisations organisations;
    private final Departments departments;

    IdeaLaunch(Ideas ideas, Efforts efforts, Organisations organisations, Departments departments) {
        this.ideas = ideas;
        this.efforts = efforts;
        this.organisations = organisations;
        this.departments = departments;
    }

    List<OwnerOption> owners() {
        var owners = new ArrayList<OwnerOption>();
        organisations.approved().forEach(o -> owners.add(new OwnerOption("org:" + o.id(), o.name())));
        departments.active().forEach(d -> owners.add(new OwnerOption("dep:" + d.id(), d.name())));
        return owners;
    }

    /** The effort's title, when the idea has become one. */
    String effortTitle(IdeaDetail idea) {
        return idea.effortId() == null
                ? null
                : efforts.find(idea.effortId()).map(Effort::title).orElse(null);
    }

    /** Creates the draft effort and links it; empty when the idea is not launched or is an effort already. */
    @Transactional
    java.util.Optional<UUID> launch(IdeaDetail idea, LaunchForm form, String by) {
        if (!LAUNCHED.equals(idea.stage()) || idea.effortId() != null) {
            return java.util.Optional.empty();
        }
        UUID organisationId =
                form.owner().startsWith("org:") ? UUID.fromString(form.owner().substring(4)) : null;
        String departmentId = form.owner().startsWith("dep:") ? form.owner().substring(4) : null;
        var forWhom = idea.forWhom().length() > 500 ? idea.forWhom().substring(0, 500) : idea.forWhom();
        var id = efforts.create(
                new Effort(
                        null,
                        organisationId,
                        departmentId,
                        idea.title(),
                        idea.description(),
                        forWhom,
                        form.start(),
                        form.end(),
                        idea.submitterName(),
                        idea.submitterEmail(),
                        idea.submitterPhone(),
                        EffortStatus.DRAFT,
                        idea.districtIds()),
                by);
        if (!ideas.linkEffort(idea.id(), id)) {
            throw new IllegalStateException("The idea became an effort meanwhile");
        }
        return java.util.Optional.of(id);
    }
}
