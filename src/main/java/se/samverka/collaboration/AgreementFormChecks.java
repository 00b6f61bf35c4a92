package se.samverka.collaboration;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;

/**
 * Field errors of the agreement form beyond what Spring's binding reports by itself: the rules of every field after
 * a value that did not convert, and the rules that need the database, a department the user may register for and
 * an organisation in the register. All are reported at once, next to their fields.
 */
@Component
class AgreementFormChecks {

    private static final String F = "collaboration.agreement.field.";

    private final Validator validator;
    private final AgreementAccess access;
    private final Departments departments;
    private final Organisations organisations;

    AgreementFormChecks(
            Validator validator, AgreementAccess access, Departments departments, Organisations organisations) {
        this.validator = validator;
        this.access = access;
        this.departments = departments;
        this.organisations = organisations;
    }

    void check(AgreementForm form, BindingResult result, SamverkaUser user) {
        afterBindingFailure(form, result);
        if (!form.departmentId().isEmpty()
                && access.departmentsFor(user).stream().noneMatch(d -> d.id().equals(form.departmentId()))) {
            reject(
                    result,
                    "departmentId",
                    form.departmentId(),
                    departments.find(form.departmentId()).isPresent()
                            ? F + "departmentId.notYours"
                            : F + "departmentId.unknown",
                    null);
        }
        var organisationId = form.organisationId();
        if (organisationId != null && organisations.find(organisationId).isEmpty()) {
            reject(result, "organisationId", organisationId, F + "organisationId.unknown", null);
        }
    }

    /**
     * After a value that does not convert, Spring skips validating the form; every other field's problems (and the
     * rules across fields, {@link ConsistentAgreement}) still belong next to their fields, all at once.
     */
    private void afterBindingFailure(AgreementForm form, BindingResult result) {
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
