package se.samverka.meeting;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a meeting form across fields, each reported next to its field: the end after the start, a place or
 * a video link, and a capacity for a network meeting.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentMeeting.Check.class)
@interface ConsistentMeeting {

    String message() default "{meeting.field.endTime.beforeStart}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ConsistentMeeting, MeetingForm> {

        @Override
        public boolean isValid(MeetingForm form, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            var valid = true;
            if (form.startTime() != null
                    && form.endTime() != null
                    && !form.endTime().isAfter(form.startTime())) {
                valid = reject(context, "endTime", "{meeting.field.endTime.beforeStart}");
            }
            if (MeetingForm.blankToNull(form.place()) == null && MeetingForm.blankToNull(form.videoLink()) == null) {
                valid = reject(context, "place", "{meeting.field.place.required}");
            }
            if (form.capacity() == null && form.kind() == MeetingKind.NETWORK) {
                valid = reject(context, "capacity", "{meeting.field.capacity.required}");
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
