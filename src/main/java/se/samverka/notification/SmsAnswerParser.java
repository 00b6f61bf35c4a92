package se.samverka.notification;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import se.samverka.shared.SmsAnswer;

/**
 * Reads yes or no out of a free-text SMS reply such as <i>Ja!</i>, <i>jaa jag kan</i>, <i>Nej tack</i> or a
 * thumbs-up emoji.
 *
 * <p>Only the first non-blank line counts, so a signature below the answer does not. The words of that line
 * are looked up in short lists of yes and no words (with common typos: <i>jaa</i>, <i>japp</i>, <i>nää</i>), and phrases such
 * as <i>kan inte</i> count as no. A reply with both a yes and a no (<i>nej ja</i>, <i>ja men kan inte</i>) is UNKNOWN, like one
 * with neither: a coordinator reads those.
 *
 * <p><i>ok</i>, <i>okej</i> and <i>okay</i> count as YES: the question is always whether they can help, and
 * people who agree often write just that. The coordinator still sees the whole text.
 */
public final class SmsAnswerParser {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final Pattern YES_WORD = Pattern.compile(
            "ja+|j[ae]+p+|jo+|jajamen(san)?|javisst|visst|absolut|självklart|gärna|yes+|y|yep|yeah|yup|sure|ok|okej|okey|okay");

    private static final Pattern NO_WORD = Pattern.compile("nej+|ne+j|nä+|nä+[ej]|nix|nope|no+|n");

    private static final Set<String> NO_PHRASES = Set.of(
            " kan inte ",
            " kan ej ",
            " kan tyvärr inte ",
            " tyvärr inte ",
            " går inte ",
            " hinner inte ",
            " inte idag ",
            " can t ",
            " cannot ",
            " can not ");

    private static final Set<String> YES_EMOJI = Set.of("\uD83D\uDC4D", "\u2705", "\u2714");

    private static final Set<String> NO_EMOJI = Set.of("\uD83D\uDC4E", "\u274C", "\u274E");

    private SmsAnswerParser() {}

    public static SmsAnswer parse(String text) {
        var line = firstLine(text);
        var yes = YES_EMOJI.stream().anyMatch(line::contains);
        var no = NO_EMOJI.stream().anyMatch(line::contains);
        var words = new StringBuilder(" ");
        var matcher = WORD.matcher(line);
        while (matcher.find()) {
            var word = matcher.group();
            yes |= YES_WORD.matcher(word).matches();
            no |= NO_WORD.matcher(word).matches();
            words.append(word).append(' ');
        }
        var phrase = words.toString();
        no |= NO_PHRASES.stream().anyMatch(phrase::contains);
        if (yes == no) {
            return SmsAnswer.UNKNOWN;
        }
        return yes ? SmsAnswer.YES : SmsAnswer.NO;
    }

    /** The first line with any text, composed (NFC) and in lower case. */
    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        var normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return normalized
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .findFirst()
                .orElse("");
    }
}
