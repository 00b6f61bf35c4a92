package se.samverka.situation;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;

/** The krisledning's address as typed on the reports page; empty means no e-mail. */
record RecipientForm(
        @Size(max = 254, message = "{situation.recipient.invalid}")
        String mailTo) {

    /** The address to store: normalised, or "" for none. */
    String address() {
        return mailTo == null || mailTo.isBlank() ? "" : EmailAddress.of(mailTo).value();
    }

    /** Adds the field error for something that is not an e-mail address. */
    void check(Errors errors) {
        if (!errors.hasFieldErrors("mailTo") && mailTo != null && !mailTo.isBlank() && !EmailAddress.isValid(mailTo)) {
            errors.rejectValue("mailTo", "situation.recipient.invalid");
        }
    }
}
