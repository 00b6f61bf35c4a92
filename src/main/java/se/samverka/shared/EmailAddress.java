package se.samverka.shared;

import java.util.regex.Pattern;

/** An e-mail address in the form of {@link LoginName#normalise(String)}, so that the same person is recognised twice. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
    }

    /** Parses what a person typed; throws {@link IllegalArgumentException} when it is not an address. */
    public static EmailAddress of(String input) {
        if (input == null) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
        return new EmailAddress(LoginName.normalise(input));
    }

    public static boolean isValid(String input) {
        try {
            of(input);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
