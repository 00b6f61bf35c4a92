package se.samverka.organisation;

/**
 * A Swedish organisationsnummer, stored as NNNNNN-NNNN. Accepts 10 digits or 12 (with the century prefix 16,
 * as organisations may write it), with or without a hyphen; the last digit is a Luhn check digit, and the third
 * digit is at least 2 for legal persons (personal identity numbers, used by sole traders, are not accepted).
 */
public record OrgNumber(String value) {

    public OrgNumber {
        if (value == null || !value.matches("^[0-9]{6}-[0-9]{4}$") || !valid(value.replace("-", ""))) {
            throw new IllegalArgumentException("Not an organisationsnummer");
        }
    }

    /** Reads what a person typed; throws IllegalArgumentException when it is not a valid number. */
    public static OrgNumber parse(String input) {
        if (input == null) {
            throw new IllegalArgumentException("Not an organisationsnummer");
        }
        var digits = input.strip().replace(" ", "");
        if (digits.matches("^[0-9]{8}-?[0-9]{4}$")) {
            if (!digits.startsWith("16")) {
                throw new IllegalArgumentException("Not an organisationsnummer");
            }
            digits = digits.substring(2);
        }
        if (!digits.matches("^[0-9]{6}-?[0-9]{4}$")) {
            throw new IllegalArgumentException("Not an organisationsnummer");
        }
        digits = digits.replace("-", "");
        return new OrgNumber(digits.substring(0, 6) + "-" + digits.substring(6));
    }

    private static boolean valid(String tenDigits) {
        if (tenDigits.charAt(2) < '2') {
            return false;
        }
        var sum = 0;
        for (int i = 0; i < 10; i++) {
            var d = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
