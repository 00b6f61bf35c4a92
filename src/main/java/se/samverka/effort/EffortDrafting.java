package se.samverka.effort;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import se.samverka.district.Districts;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * Creates, publishes and closes an organisation's efforts for a caller that is not a web form (the REST API), by
 * exactly the rules of the workspace's effort form ({@link EffortForm}): the same Bean Validation constraints and the
 * same checks of the period, the contact and the districts. Only an approved organisation's own efforts; anything
 * else is not found, as in the workspace.
 */
@Service
public class EffortDrafting {

    /** An effort as another system sends it; it starts as a draft, as on the web. */
    public record NewEffort(
            String title,
            String description,
            String targetGroup,
            LocalDate periodStart,
            LocalDate periodEnd,
            String contactName,
            String contactEmail,
            String contactPhone,
            Set<String> districtIds) {}

    /** The effort broke the form's rules; nothing was stored. */
    public static class InvalidEffort extends RuntimeException {

        private final transient java.util.List<ShiftDrafting.FieldProblem> problems;

        InvalidEffort(java.util.List<ShiftDrafting.FieldProblem> problems) {
            super("Invalid effort: " + problems);
            this.problems = problems;
        }

        public java.util.List<ShiftDrafting.FieldProblem> problems() {
            return problems;
        }
    }

    private final Efforts efforts;
    private final Organisations organisations;
    private final Districts districts;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    EffortDrafting(
            Efforts efforts,
            Organisations organisations,
            Districts districts,
            jakarta.validation.Validator validator,
            MessageSource messages) {
        this.efforts = efforts;
        this.organisations = organisations;
        this.districts = districts;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    /** Stores the effort as a draft of the organisation; {@code createdBy} names who did it (the key). */
    @Transactional
    public Effort create(UUID organisationId, NewEffort effort, String createdBy, Locale locale) {
        approved(organisationId);
        var form = new EffortForm(
                effort.title(),
                effort.description(),
                effort.targetGroup(),
                effort.periodStart(),
                effort.periodEnd(),
                effort.contactName(),
                effort.contactEmail(),
                effort.contactPhone(),
                effort.districtIds() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(effort.districtIds()),
                "");
        var errors = new BeanPropertyBindingResult(form, "effort");
        validator.validate(form, errors);
        form.check(errors, districts::exists, department -> false, false);
        if (errors.hasErrors()) {
            throw new InvalidEffort(errors.getFieldErrors().stream()
                    .map(e -> new ShiftDrafting.FieldProblem(
                            e.getField().equals("districts") ? "districtIds" : e.getField(),
                            messages.getMessage(e, locale)))
                    .toList());
        }
        var id = efforts.create(form.toEffort(null, organisationId, EffortStatus.DRAFT), createdBy);
        return efforts.find(id).orElseThrow();
    }

    /** Publishes a draft or paused effort of the organisation; a published one stays as it is. */
    @Transactional
    public Effort publish(UUID organisationId, UUID effortId) {
        efforts.publish(own(organisationId, effortId).id());
        return efforts.find(effortId).orElseThrow();
    }

    /**
     * Closes the effort as the workspace does: those who took part are thanked, the shifts to come are cancelled and
     * everyone on them told.
     */
    @Transactional
    public Effort close(UUID organisationId, UUID effortId) {
        efforts.close(own(organisationId, effortId).id());
        return efforts.find(effortId).orElseThrow();
    }

    private Effort own(UUID organisationId, UUID effortId) {
        approved(organisationId);
        return efforts.find(effortId)
                .filter(e -> organisationId.equals(e.organisationId()) && !e.isClosed())
                .orElseThrow(() -> new NotFoundException("Effort"));
    }

    private void approved(UUID organisationId) {
        if (!organisations.find(organisationId).map(o -> o.isApproved()).orElse(false)) {
            throw new NotFoundException("Organisation");
        }
    }
}
