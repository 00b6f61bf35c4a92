package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverka.shared.SmsAnswer;

/** Real-life replies to "Kan du hjälpa till? Svara JA eller NEJ." and what they mean. */
class SmsAnswerParserTests {

    static Stream<Arguments> replies() {
        return Stream.of(
                // yes
                Arguments.of("ja", SmsAnswer.YES),
                Arguments.of("JA", SmsAnswer.YES),
                Arguments.of("Ja!", SmsAnswer.YES),
                Arguments.of("JA tack", SmsAnswer.YES),
                Arguments.of("ja, jag kan", SmsAnswer.YES),
                Arguments.of("Jaa", SmsAnswer.YES),
                Arguments.of("jaaa", SmsAnswer.YES),
                Arguments.of("japp", SmsAnswer.YES),
                Arguments.of("Jepp!", SmsAnswer.YES),
                Arguments.of("jo", SmsAnswer.YES),
                Arguments.of("Yes", SmsAnswer.YES),
                Arguments.of("yes please", SmsAnswer.YES),
                Arguments.of("y", SmsAnswer.YES),
                Arguments.of("ok", SmsAnswer.YES),
                Arguments.of("Okej!", SmsAnswer.YES),
                Arguments.of("\uD83D\uDC4D", SmsAnswer.YES),
                Arguments.of("\uD83D\uDC4D\uD83C\uDFFD", SmsAnswer.YES),
                Arguments.of("Ja men bara efter 17", SmsAnswer.YES),
                Arguments.of("JA\n\nMvh Anna", SmsAnswer.YES),
                Arguments.of("  \n ja \n", SmsAnswer.YES),
                Arguments.of("Ja gärna", SmsAnswer.YES),
                Arguments.of("Javisst", SmsAnswer.YES),
                Arguments.of("ja.", SmsAnswer.YES),
                // no
                Arguments.of("nej", SmsAnswer.NO),
                Arguments.of("Nej tack", SmsAnswer.NO),
                Arguments.of("NEJ, kan inte", SmsAnswer.NO),
                Arguments.of("nää", SmsAnswer.NO),
                Arguments.of("nä", SmsAnswer.NO),
                Arguments.of("nej.", SmsAnswer.NO),
                Arguments.of("no", SmsAnswer.NO),
                Arguments.of("No thanks", SmsAnswer.NO),
                Arguments.of("n", SmsAnswer.NO),
                Arguments.of("Nej jag kan inte idag", SmsAnswer.NO),
                Arguments.of("\uD83D\uDC4E", SmsAnswer.NO),
                Arguments.of("jag kan inte", SmsAnswer.NO),
                Arguments.of("kan tyvärr inte", SmsAnswer.NO),
                Arguments.of("Tyvärr inte den här gången", SmsAnswer.NO),
                Arguments.of("NEJ\n--\nBengt", SmsAnswer.NO),
                Arguments.of("Sorry, I can't", SmsAnswer.NO),
                Arguments.of("Nix", SmsAnswer.NO),
                // a person has to read it
                Arguments.of("nej ja", SmsAnswer.UNKNOWN),
                Arguments.of("ja, men kan inte", SmsAnswer.UNKNOWN),
                Arguments.of("", SmsAnswer.UNKNOWN),
                Arguments.of("   ", SmsAnswer.UNKNOWN),
                Arguments.of("?", SmsAnswer.UNKNOWN),
                Arguments.of("vem är detta", SmsAnswer.UNKNOWN),
                Arguments.of("Vad gäller det?", SmsAnswer.UNKNOWN),
                Arguments.of("jag", SmsAnswer.UNKNOWN),
                Arguments.of("Ring mig", SmsAnswer.UNKNOWN),
                Arguments.of("\uD83D\uDC4D\uD83D\uDC4E", SmsAnswer.UNKNOWN),
                Arguments.of("Kanske", SmsAnswer.UNKNOWN),
                Arguments.of("nästa vecka", SmsAnswer.UNKNOWN),
                // more yes, as people write it
                Arguments.of("Ja!!", SmsAnswer.YES),
                Arguments.of("Ja men efter 17", SmsAnswer.YES),
                Arguments.of("JA \uD83D\uDE0A", SmsAnswer.YES),
                Arguments.of("Ja\uD83D\uDE42", SmsAnswer.YES),
                Arguments.of("Absolut!", SmsAnswer.YES),
                Arguments.of("Jajamensan", SmsAnswer.YES),
                Arguments.of("Sure", SmsAnswer.YES),
                Arguments.of("Yep!", SmsAnswer.YES),
                Arguments.of("Yes I can", SmsAnswer.YES),
                Arguments.of("Jo då", SmsAnswer.YES),
                Arguments.of("Ja visst, det går bra", SmsAnswer.YES),
                Arguments.of("OK \uD83D\uDC4D", SmsAnswer.YES),
                Arguments.of("Självklart!", SmsAnswer.YES),
                Arguments.of("jA", SmsAnswer.YES),
                Arguments.of("ja kan komma kl 11", SmsAnswer.YES),
                Arguments.of("\u2705", SmsAnswer.YES),
                // more no
                Arguments.of("Nej, tyvärr", SmsAnswer.NO),
                Arguments.of("no sorry", SmsAnswer.NO),
                Arguments.of("NEJ!!!", SmsAnswer.NO),
                Arguments.of("Nope", SmsAnswer.NO),
                Arguments.of("nej \uD83D\uDE14", SmsAnswer.NO),
                Arguments.of("Nä tyvärr", SmsAnswer.NO),
                Arguments.of("Nej, jag är bortrest", SmsAnswer.NO),
                Arguments.of("Det går inte", SmsAnswer.NO),
                Arguments.of("Hinner inte idag", SmsAnswer.NO),
                Arguments.of("NEJ TACK", SmsAnswer.NO),
                Arguments.of("Jag kan tyvärr inte", SmsAnswer.NO),
                Arguments.of("\u274C", SmsAnswer.NO),
                // more for a person
                Arguments.of("Vilken tid?", SmsAnswer.UNKNOWN),
                Arguments.of("Hej", SmsAnswer.UNKNOWN),
                Arguments.of("Vem är du?", SmsAnswer.UNKNOWN),
                Arguments.of("Jaha, vad gäller det?", SmsAnswer.UNKNOWN));
    }

    @Test
    void coversManyRealLifeReplies() {
        assertThat(replies().count()).isGreaterThanOrEqualTo(80);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @MethodSource("replies")
    void readsReply(String reply, SmsAnswer expected) {
        assertThat(SmsAnswerParser.parse(reply)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" decomposed is {1}")
    @MethodSource("replies")
    void readsDecomposedReplyTheSame(String reply, SmsAnswer expected) {
        assertThat(SmsAnswerParser.parse(Normalizer.normalize(reply, Normalizer.Form.NFD)))
                .isEqualTo(expected);
    }

    @Test
    void readsNothingFromNoText() {
        assertThat(SmsAnswerParser.parse(null)).isEqualTo(SmsAnswer.UNKNOWN);
    }

    @Test
    void readsDecomposedSwedishNo() {
        var decomposed = "n\u0061\u0308";
        assertThat(decomposed).isNotEqualTo("nä");
        assertThat(SmsAnswerParser.parse(decomposed)).isEqualTo(SmsAnswer.NO);
    }
}
