package se.samverka.idea;

import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;

/** A new coach's account: the username is an e-mail address (reminders go there), a name and a password. */
record CoachAccountForm(String username, String name, String password) {

    static final int MIN_PASSWORD = 12;

    CoachAccountForm {
        username = username == null ? "" : username;
        name = name == null ? "" : name;
        password = password == null ? "" : password;
    }

    static CoachAccountForm empty() {
        return new CoachAccountForm("", "", "");
    }

    void check(Errors errors) {
        if (username.isBlank()) {
            errors.rejectValue("username", "idea.coach.field.username.required");
        } else if (!EmailAddress.isValid(username)) {
            errors.rejectValue("username", "idea.coach.field.username.invalid");
        }
        if (name.isBlank()) {
            errors.rejectValue("name", "idea.coach.field.name.required");
        } else if (name.strip().length() > 120) {
            errors.rejectValue("name", "idea.coach.field.name.tooLong");
        }
        if (password.length() < MIN_PASSWORD) {
            errors.rejectValue("password", "idea.coach.field.password.tooShort");
        }
    }
}
