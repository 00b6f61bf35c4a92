package se.samverka.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.organisation.Organisations;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;

/**
 * Adds shifts for a caller that is not a web form (the REST API), by exactly the rules of the workspace's shift form:
 * the same Bean Validation constraints and the same checks of the clock, the effort's period, the districts and
 * overlapping shifts ({@link ShiftForm}).
 */
@Service
public class ShiftDrafting {

    /** A shift as another system sends it; numbers may be null (then required, as on the web). */
    public record NewShift(
            String title,
            LocalDate date,
            LocalTime timeFrom,
            LocalTime timeTo,
            String place,
            String districtId,
            Integer minVolunteers,
            Integer maxVolunteers,
            Set<HelpKind> kinds,
            String language,
            Boolean adultOnly,
            SignupMode mode,
            Integer repeatWeeks,
            Integer safeguardingLevel) {}

    /** A shift's new time, place and size, as another system sends it; null numbers are required, as on the web. */
    public record ChangedShift(
            LocalDate date,
            LocalTime timeFrom,
            LocalTime timeTo,
            String place,
            Integer minVolunteers,
            Integer maxVolunteers) {}

    /** A field that broke a rule, and the rule's text in the caller's language. */
    public record FieldProblem(String field, String message) {}

    /** The shift broke the form's rules; nothing was added. */
    public static class InvalidShift extends RuntimeException {

        private final transient List<FieldProblem> problems;

        InvalidShift(List<FieldProblem> problems) {
            super("Invalid shift: " + problems);
            this.problems = problems;
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    private final Efforts efforts;
    private final Organisations organisations;
    private final Districts districts;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;
    private final Clock clock;
    private final HelpKinds kinds;

    private final ShiftChanges changes;

    ShiftDrafting(
            ShiftChanges changes,
            Efforts efforts,
            Organisations organisations,
            Districts districts,
            jakarta.validation.Validator validator,
            MessageSource messages,
            Clock clock,
            HelpKinds kinds) {
        this.kinds = kinds;
        this.changes = changes;
        this.efforts = efforts;
        this.organisations = organisations;
        this.districts = districts;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Adds the shift (and its weekly repetitions) to the organisation's effort. The effort must be the
     * organisation's and not closed, and the organisation approved; otherwise not found, as in the workspace.
     */
    @Transactional
    public List<Shift> add(UUID organisationId, UUID effortId, NewShift shift, Locale locale) {
        var effort = efforts.find(effortId)
                .filter(e -> organisationId.equals(e.organisationId()) && !e.isClosed())
                .filter(e -> organisations
                        .find(organisationId)
                        .map(o -> o.isApproved())
                        .orElse(false))
                .orElseThrow(() -> new NotFoundException("Effort"));
        var form = new ShiftForm(
                shift.title(),
                shift.date(),
                shift.timeFrom(),
                shift.timeTo(),
                shift.place(),
                shift.districtId(),
                text(shift.minVolunteers()),
                text(shift.maxVolunteers()),
                shift.kinds() == null ? null : new java.util.LinkedHashSet<>(shift.kinds()),
                shift.language(),
                shift.adultOnly(),
                shift.mode(),
                shift.repeatWeeks() == null ? "0" : shift.repeatWeeks().toString(),
                shift.safeguardingLevel() == null
                        ? "0"
                        : shift.safeguardingLevel().toString());
        var errors = new BeanPropertyBindingResult(form, "shift");
        validator.validate(form, errors);
        form.check(
                errors,
                clock.instant(),
                clock.getZone(),
                effort,
                districts::exists,
                kinds::isActive,
                (place, date, from, to) -> efforts.overlaps(effortId, place, date, from, to));
        if (errors.hasErrors()) {
            throw new InvalidShift(errors.getFieldErrors().stream()
                    .map(e -> new FieldProblem(e.getField(), messages.getMessage(e, locale)))
                    .toList());
        }
        return efforts.addShifts(form.toShift(effortId), form.repeat()).stream()
                .map(id -> efforts.shift(id).orElseThrow())
                .toList();
    }

    /**
     * Changes a shift's time, place and size by the rules of the workspace's change form ({@link ShiftEditForm}):
     * the shift must be the organisation's, not cancelled, not started, its effort not closed (otherwise not found,
     * as in the workspace). Everyone signed up is told when the time or place moved.
     */
    @Transactional
    public Shift change(UUID organisationId, UUID effortId, UUID shiftId, ChangedShift change, Locale locale) {
        var effort = efforts.find(effortId)
                .filter(e -> organisationId.equals(e.organisationId()) && !e.isClosed())
                .orElseThrow(() -> new NotFoundException("Effort"));
        var shift = efforts.shift(shiftId)
                .filter(s -> s.effortId().equals(effortId) && !s.cancelled() && !efforts.started(s))
                .orElseThrow(() -> new NotFoundException("Shift"));
        var form = new ShiftEditForm(
                change.date(),
                change.timeFrom(),
                change.timeTo(),
                change.place(),
                text(change.minVolunteers()),
                text(change.maxVolunteers()));
        var errors = new BeanPropertyBindingResult(form, "shift");
        validator.validate(form, errors);
        form.check(
                errors,
                clock.instant(),
                clock.getZone(),
                effort,
                shift,
                (place, date, from, to) -> changes.overlapsOther(effortId, shiftId, place, date, from, to));
        if (!errors.hasErrors()) {
            try {
                changes.change(
                        shiftId, form.date(), form.timeFrom(), form.timeTo(), form.place(), form.min(), form.max());
                return efforts.shift(shiftId).orElseThrow();
            } catch (ShiftChanges.BelowConfirmed e) {
                errors.rejectValue(
                        "maxVolunteers",
                        "effort.shift.max.belowConfirmed",
                        new Object[] {efforts.shift(shiftId).orElseThrow().confirmed()},
                        null);
            }
        }
        throw new InvalidShift(errors.getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), messages.getMessage(e, locale)))
                .toList());
    }

    private static String text(Integer number) {
        return number == null ? "" : number.toString();
    }
}
