package se.samverka.collaboration;

import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;

/**
 * A department representative: the department and the account's e-mail address (the username). A new account also
 * needs a name and a password; an existing representative's account only needs the address.
 */
record RepresentativeForm(String departmentId, String username, String name, String password) {

    static final int MIN_PASSWORD = 12;

    private static final String F = "collaboration.representative.field.";

    RepresentativeForm {
        departmentId = departmentId == null ? "" : departmentId.strip();
        username = username == null ? "" : username.strip();
        name = name == null ? "" : name.strip();
        password = password == null ? "" : password;
    }

    static RepresentativeForm empty() {
        return new RepresentativeForm("", "", "", "");
    }

    void check(Errors errors, boolean newAccount) {
        if (departmentId.isEmpty()) {
            errors.rejectValue("departmentId", F + "departmentId.required");
        }
        if (username.isEmpty()) {
            errors.rejectValue("username", F + "username.required");
        } else if (!EmailAddress.isValid(username)) {
            errors.rejectValue("username", F + "username.invalid");
        }
        if (!newAccount) {
            return;
        }
        if (name.isEmpty()) {
            errors.rejectValue("name", F + "name.required");
        } else if (name.length() > 120) {
            errors.rejectValue("name", F + "name.tooLong");
        }
        if (password.length() < MIN_PASSWORD) {
            errors.rejectValue("password", F + "password.tooShort");
        }
    }
}
