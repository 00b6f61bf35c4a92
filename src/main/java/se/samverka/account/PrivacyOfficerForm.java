package se.samverka.account;

import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;

/** A new data-protection officer's account: an e-mail address as username, a name and a password. */
record PrivacyOfficerForm(String username, String name, String password) {

    static final int MIN_PASSWORD = 12;

    PrivacyOfficerForm {
        username = username == null ? "" : username;
        name = name == null ? "" : name;
        password = password == null ? "" : password;
    }

    static PrivacyOfficerForm empty() {
        return new PrivacyOfficerForm("", "", "");
    }

    void check(Errors errors) {
        if (username.isBlank()) {
            errors.rejectValue("username", "audit.officer.field.username.required");
        } else if (!EmailAddress.isValid(username)) {
            errors.rejectValue("username", "audit.officer.field.username.invalid");
        }
        if (name.isBlank()) {
            errors.rejectValue("name", "audit.officer.field.name.required");
        } else if (name.strip().length() > 120) {
            errors.rejectValue("name", "audit.officer.field.name.tooLong");
        }
        if (password.length() < MIN_PASSWORD) {
            errors.rejectValue("password", "audit.officer.field.password.tooShort", new Object[] {MIN_PASSWORD}, null);
        }
    }

    @Override
    public String toString() {
        return "PrivacyOfficerForm[]";
    }
}
