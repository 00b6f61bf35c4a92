package se.samverka.organisation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of the details form that read typed text or look at another field, each reported next to its field:
 * a legal form and activities that exist; an organisationsnummer unless the organisation is a network, and a valid
 * one; a website, a phone number and a language only when they can be read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentDetails.Check.class)
@interface ConsistentDetails {

    String message() default "{organisation.field.orgNumber.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ConsistentDetails, DetailsForm> {

        private static final String F = "{organisation.field.";

        @Override
        public boolean isValid(DetailsForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            var valid = true;
            var legalForm = form.legalForm();
            if (legalForm == null) {
                valid = reject(context, "form", F + "form.required}");
            }
            if (form.orgNumber().isBlank()) {
                if (legalForm == null || legalForm.needsOrgNumber()) {
                    valid = reject(context, "orgNumber", F + "orgNumber.required}");
                }
            } else if (form.orgNumberValue() == null) {
                valid = reject(context, "orgNumber", F + "orgNumber.invalid}");
            }
            if (!form.activities().isEmpty() && form.activityValues() == null) {
                valid = reject(context, "activities", F + "activities.unknown}");
            }
            if (!form.website().isBlank() && form.websiteValue() == null) {
                valid = reject(context, "website", F + "website.invalid}");
            }
            if (!form.phone().isBlank() && form.phoneValue() == null) {
                valid = reject(context, "phone", F + "phone.invalid}");
            }
            if (!OrganisationRegister.LANGUAGES.contains(form.language())) {
                valid = reject(context, "language", F + "language.invalid}");
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
