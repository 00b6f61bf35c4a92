package se.samverka.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A kind of help a volunteer offers and a resident asks for, named by its code. Kinds are data: administrators add,
 * rename, order and retire them (module {@code helpkind}, ADR 0017); this value only names one. The five kinds Samverka
 * started with are constants so that demo data, tests and defaults can name them. {@link #name()} and
 * {@link #toString()} give the code, as the enum this once was did, so stored values, forms and JSON stay the same.
 */
public record HelpKind(String code) implements Comparable<HelpKind> {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");

    public static final HelpKind SHOPPING = new HelpKind("SHOPPING");
    public static final HelpKind PHARMACY = new HelpKind("PHARMACY");
    public static final HelpKind OTHER_ERRAND = new HelpKind("OTHER_ERRAND");
    public static final HelpKind PHONE_COMPANIONSHIP = new HelpKind("PHONE_COMPANIONSHIP");
    public static final HelpKind TRANSPORT = new HelpKind("TRANSPORT");

    /** The kinds every installation starts with (migration V200 seeds them), in their first order. */
    public static final List<HelpKind> BUILT_IN =
            List.of(SHOPPING, PHARMACY, OTHER_ERRAND, PHONE_COMPANIONSHIP, TRANSPORT);

    public HelpKind {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a code of a kind of help");
        }
    }

    /** Parses a stored or submitted code; throws {@link IllegalArgumentException} when it is not one. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HelpKind valueOf(String code) {
        return new HelpKind(code);
    }

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The code, as the enum's name() was. */
    public String name() {
        return code;
    }

    /** The message key of the kind's name (answered from the table of kinds, not from a bundle). */
    public String messageKey() {
        return "kind." + code;
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public int compareTo(HelpKind other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
