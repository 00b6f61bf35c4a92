package se.samverka.shared;

import java.util.List;

/** Languages a volunteer can help in and a resident can ask for, as ISO 639-1 codes. */
public final class Language {

    /** The languages offered in forms, most common in Ekerö first. */
    public static final List<String> CODES =
            List.of("sv", "en", "fi", "ar", "fa", "so", "ti", "pl", "es", "de", "uk", "bks", "sign");

    private Language() {}

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
