package se.samverka.incident;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Short feedback: a rating from 1 to 5 (optional) and a text; at least one of them. */
record FeedbackForm(
        @Pattern(regexp = "^[1-5]?$", message = "{incident.feedback.rating.invalid}")
        String rating,

        @Size(max = 2000, message = "{incident.feedback.text.tooLong}")
        String text) {

    static FeedbackForm empty() {
        return new FeedbackForm(null, null);
    }

    boolean isEmpty() {
        return (rating == null || rating.isBlank()) && (text == null || text.isBlank());
    }

    Integer ratingValue() {
        return rating == null || rating.isBlank() ? null : Integer.valueOf(rating);
    }
}
