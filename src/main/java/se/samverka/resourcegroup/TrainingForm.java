package se.samverka.resourcegroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A member's training: the course, when it was taken, and until when it is valid (empty: it does not expire). */
record TrainingForm(
        @NotBlank(message = "{resourcegroup.training.name.required}")
        @Size(max = 120, message = "{resourcegroup.training.name.tooLong}")
        String name,

        @NotNull(message = "{resourcegroup.training.takenOn.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate takenOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

    static TrainingForm empty() {
        return new TrainingForm(null, null, null);
    }

    boolean expiresBeforeTaken() {
        return takenOn != null && expiresOn != null && expiresOn.isBefore(takenOn);
    }
}
