package se.samverka.account;

import org.springframework.validation.Errors;

/** The code page's one field; spaces and dashes people type between the digits are ignored. */
record SignInCodeForm(String code) {

    SignInCodeForm {
        code = code == null ? "" : code;
    }

    static SignInCodeForm empty() {
        return new SignInCodeForm("");
    }

    /** The digits alone, when the code has the right shape. */
    String digits() {
        return code.replaceAll("[\\s\\u00a0\\u2007\\u202f-]", "");
    }

    void check(Errors errors) {
        if (code.isBlank()) {
            errors.rejectValue("code", "login.code.error.required");
        } else if (!digits().matches("\\d{" + SignInCodes.DIGITS + "}")) {
            errors.rejectValue("code", "login.code.error.format", new Object[] {SignInCodes.DIGITS}, null);
        }
    }

    @Override
    public String toString() {
        return "SignInCodeForm[]";
    }
}
