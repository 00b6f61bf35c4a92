package se.samverka.collaboration;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Field errors of the agreement form beyond what Spring's binding reports by itself. */
@Component
class AgreementFormChecks {

    private final Validator validator;

    AgreementFormChecks(Validator validator) {
        this.validator = validator;
    }

    /**
     * After a value that does not convert, Spring skips validating the form; every other field's problems (and the
     * rules across fields, {@link ConsistentAgreement}) still belong next to their fields, all at once.
     */
    void afterBindingFailure(AgreementForm form, BindingResult result) {
        if (result.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure)) {
            return;
        }
        for (var violation : validator.validate(form)) {
            var field = violation.getPropertyPath().toString();
            if (result.hasFieldErrors(field)) {
                continue;
            }
            var annotation = violation.getConstraintDescriptor().getAnnotation();
            var value = annotation instanceof ConsistentAgreement
                    ? ("endsOn".equals(field) ? form.endsOn() : form.followUpOn())
                    : violation.getInvalidValue();
            reject(result, field, value, annotation.annotationType().getSimpleName(), violation.getMessage());
        }
    }

    /**
     * A field error that also works when a value did not convert: Spring then keeps the typed values but no form
     * behind the result, so {@code rejectValue} cannot read the field.
     */
    static void reject(BindingResult result, String field, Object value, String code, String message) {
        result.addError(new FieldError(
                result.getObjectName(), field, value, false, result.resolveMessageCodes(code, field), null, message));
    }
}
