package se.samverka.helprequest;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.springframework.validation.Errors;
import se.samverka.shared.Language;
import se.samverka.shared.PhoneNumber;

/**
 * The rules Bean Validation cannot express: they need today's date or the districts, or depend on another
 * field. A field that already has an error gets no second one.
 */
final class FormRules {

    /** How far ahead a request may be made. Further out, plans change and volunteers cannot promise. */
    static final int MAX_DAYS_AHEAD = 60;

    private FormRules() {}

    static void check(HelpRequestForm form, LocalDate today, Predicate<String> knownDistrict, Errors errors) {
        checkWhen(form, today, errors);
        checkPhone("residentPhone", form.residentPhone(), "helprequest.residentPhone.invalid", errors);
        if (isFree("districtId", errors) && !knownDistrict.test(form.districtId())) {
            errors.rejectValue("districtId", "helprequest.districtId.unknown");
        }
        if (form.language() != null && !form.language().isBlank() && !Language.isKnown(form.language())) {
            errors.rejectValue("language", "helprequest.language.unknown");
        }
        if (form.onBehalf()) {
            checkSubmitter(form, errors);
        }
        if (form.needsRiskConsent() && !form.riskConsented()) {
            errors.rejectValue("riskConsent", "helprequest.riskConsent.required");
        }
    }

    static void checkWhen(HelpRequestForm form, LocalDate today, Errors errors) {
        if (form.date() != null && isFree("date", errors)) {
            if (form.date().isBefore(today)) {
                errors.rejectValue("date", "helprequest.date.past");
            } else if (form.date().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
                errors.rejectValue("date", "helprequest.date.tooFar", new Object[] {MAX_DAYS_AHEAD}, null);
            }
        }
        if (form.timeFrom() != null
                && form.timeTo() != null
                && isFree("timeTo", errors)
                && !form.timeFrom().isBefore(form.timeTo())) {
            errors.rejectValue("timeTo", "helprequest.timeTo.beforeFrom");
        }
    }

    private static void checkSubmitter(HelpRequestForm form, Errors errors) {
        if (isBlank(form.submitterName()) && isFree("submitterName", errors)) {
            errors.rejectValue("submitterName", "helprequest.submitterName.required");
        }
        if (isBlank(form.submitterPhone())) {
            errors.rejectValue("submitterPhone", "helprequest.submitterPhone.required");
        } else {
            checkPhone("submitterPhone", form.submitterPhone(), "helprequest.submitterPhone.invalid", errors);
        }
        if (isBlank(form.submitterRelation()) && isFree("submitterRelation", errors)) {
            errors.rejectValue("submitterRelation", "helprequest.submitterRelation.required");
        }
    }

    private static void checkPhone(String field, String value, String code, Errors errors) {
        if (isBlank(value) || !isFree(field, errors)) {
            return;
        }
        try {
            PhoneNumber.of(value);
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, code);
        }
    }

    private static boolean isFree(String field, Errors errors) {
        return !errors.hasFieldErrors(field);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
