package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SmsLengthTests {

    @Test
    void countsSwedishTextInTheGsmAlphabet() {
        assertThat(SmsLength.segments("å".repeat(160))).isEqualTo(1);
        assertThat(SmsLength.segments("ÅÄÖ".repeat(53) + "ab")).isEqualTo(2);
        assertThat(SmsLength.segments("a".repeat(459))).isEqualTo(3);
        assertThat(SmsLength.segments("a".repeat(460))).isEqualTo(4);
    }

    @Test
    void countsExtensionCharactersTwice() {
        assertThat(SmsLength.segments("€".repeat(80))).isEqualTo(1);
        assertThat(SmsLength.segments("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void countsOtherTextInUcs2() {
        assertThat(SmsLength.segments("ł".repeat(70))).isEqualTo(1);
        assertThat(SmsLength.segments("ł".repeat(71))).isEqualTo(2);
        assertThat(SmsLength.segments("a".repeat(200) + "\uD83D\uDC4D"))
                .as("an emoji is two UTF-16 units")
                .isEqualTo(4);
        assertThat(SmsLength.segments("a".repeat(199) + "\uD83D\uDC4D")).isEqualTo(3);
    }

    @Test
    void refusesSmsOverThreeSegmentsOrToNonE164Numbers() {
        assertThat(OutgoingMessage.sms("k", "+46701234567", "Test", "a".repeat(459))
                        .body())
                .hasSize(459);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMessage.sms("k", "+46701234567", "Test", "a".repeat(460)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> OutgoingMessage.sms("k", "+46701234567", "Test", "ł".repeat(202)));
        assertThatIllegalArgumentException().isThrownBy(() -> OutgoingMessage.sms("k", "0701234567", "Test", "Hej"));
    }
}
