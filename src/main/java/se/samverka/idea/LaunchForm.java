package se.samverka.idea;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import org.springframework.validation.Errors;

/** Turning a launched idea into an effort: who runs it and its period, kept as typed. */
record LaunchForm(String owner, String periodStart, String periodEnd) {

    LaunchForm {
        owner = owner == null ? "" : owner;
        periodStart = periodStart == null ? "" : periodStart;
        periodEnd = periodEnd == null ? "" : periodEnd;
    }

    static LaunchForm empty() {
        return new LaunchForm("", "", "");
    }

    void check(Errors errors, Set<String> owners) {
        if (!owners.contains(owner)) {
            errors.rejectValue("owner", "idea.field.owner.choose");
        }
        var start = date(periodStart);
        var end = date(periodEnd);
        if (start == null) {
            errors.rejectValue("periodStart", "idea.field.date.invalid");
        }
        if (end == null) {
            errors.rejectValue("periodEnd", "idea.field.date.invalid");
        } else if (start != null && end.isBefore(start)) {
            errors.rejectValue("periodEnd", "idea.field.periodEnd.beforeStart");
        }
    }

    /** The effort's owner and period as the module takes them; only for a form without errors. */
    EffortPlan plan() {
        var organisation = owner.startsWith(OwnerOption.ORGANISATION)
                ? UUID.fromString(owner.substring(OwnerOption.ORGANISATION.length()))
                : null;
        var department =
                owner.startsWith(OwnerOption.DEPARTMENT) ? owner.substring(OwnerOption.DEPARTMENT.length()) : null;
        return new EffortPlan(organisation, department, date(periodStart), date(periodEnd));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
