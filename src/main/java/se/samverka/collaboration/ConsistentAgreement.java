package se.samverka.collaboration;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of the agreement form across fields, each reported next to its field: an end date unless the
 * partnership is informal, not before the start, and a date for a follow-up note.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentAgreement.Check.class)
@interface ConsistentAgreement {

    String message() default "{collaboration.agreement.field.endsOn.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ConsistentAgreement, AgreementForm> {

        private static final String F = "{collaboration.agreement.field.";

        @Override
        public boolean isValid(AgreementForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            var valid = true;
            if (form.endsOn() == null && form.type() != null && form.type() != AgreementType.INFORMAL) {
                valid = reject(context, "endsOn", F + "endsOn.required}");
            } else if (form.startsOn() != null
                    && form.endsOn() != null
                    && form.endsOn().isBefore(form.startsOn())) {
                valid = reject(context, "endsOn", F + "endsOn.beforeStart}");
            }
            if (form.followUpOn() == null
                    && form.followUpNote() != null
                    && !form.followUpNote().isBlank()) {
                valid = reject(context, "followUpOn", F + "followUpOn.required}");
            }
            return valid;
        }

        private static boolean reject(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message)
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}
