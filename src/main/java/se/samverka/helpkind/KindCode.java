package se.samverka.helpkind;

import java.text.Normalizer;
import java.util.Locale;

/** The code of a new kind of help made from its Swedish name, when the administrator types none. */
final class KindCode {

    private KindCode() {}

    /** SNOSKOTTNING for "Snöskottning": letters without accents, digits and underscores, at most 30. */
    static String from(String name) {
        var plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var code = plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("(^_+|_+$)", "");
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            code = "K_" + code;
        }
        code = code.length() > 30 ? code.substring(0, 30).replaceAll("_+$", "") : code;
        return code.length() < 2 ? code + "_1" : code;
    }
}
