package se.samverka.notification;

/**
 * How many SMS segments a text needs. Texts in the GSM 7-bit alphabet (which has å, ä, ö, Å, Ä, Ö but not
 * every accented letter) fit 160 characters in one SMS and 153 per segment when split; anything else is sent
 * as UCS-2, 70 UTF-16 units in one SMS and 67 per segment. Characters of the GSM extension table (such as the
 * euro sign and brackets) take two.
 */
final class SmsLength {

    static final int MAX_SEGMENTS = 3;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private SmsLength() {}

    static int segments(String text) {
        var septets = gsmSeptets(text);
        if (septets >= 0) {
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }
        var units = text.length();
        return units <= 70 ? 1 : (units + 66) / 67;
    }

    /** The length in the GSM alphabet, or -1 when the text needs UCS-2. */
    private static int gsmSeptets(String text) {
        var septets = 0;
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return -1;
            }
        }
        return septets;
    }
}
