package se.samverka.account;

import org.springframework.validation.Errors;
import se.samverka.shared.EmailAddress;

/** An administrator's new code address for a staff account. */
record CodeAddressForm(String email) {

    CodeAddressForm {
        email = email == null ? "" : email;
    }

    static CodeAddressForm empty() {
        return new CodeAddressForm("");
    }

    void check(Errors errors) {
        if (!EmailAddress.isValid(email)) {
            errors.rejectValue("email", "account.staff.codeAddress.error.invalid");
        }
    }
}
