package se.samverka.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ColourTests {

    @Test
    void readsHexWithOrWithoutTheHashAndWritesItInLowerCase() {
        assertThat(Colour.parse("#1D5C96").orElseThrow().hex()).isEqualTo("#1d5c96");
        assertThat(Colour.parse(" 005a8c ").orElseThrow().hex()).isEqualTo("#005a8c");
        assertThat(Colour.parse("#12345")).isEmpty();
        assertThat(Colour.parse("blue")).isEmpty();
        assertThat(Colour.parse(null)).isEmpty();
    }

    @Test
    void measuresContrastWithWhiteAsWcagDoes() {
        assertThat(Colour.parse("#000000").orElseThrow().contrastWithWhite()).isCloseTo(21.0, within(0.01));
        assertThat(Colour.parse("#ffffff").orElseThrow().contrastWithWhite()).isCloseTo(1.0, within(0.01));
        // #767676 is the lightest grey with 4.5:1 on white
        assertThat(Colour.parse("#767676").orElseThrow().contrastWithWhite()).isCloseTo(4.54, within(0.01));
        assertThat(Colour.parse("#767676").orElseThrow().readableOnWhite()).isTrue();
        assertThat(Colour.parse("#777777").orElseThrow().readableOnWhite()).isFalse();
        assertThat(Colour.parse("#ffcc00").orElseThrow().readableOnWhite()).isFalse();
    }

    @Test
    void theHoverColourIsDarkerSoAtLeastAsReadable() {
        var colour = Colour.parse("#1d5c96").orElseThrow();
        assertThat(colour.darker().contrastWithWhite()).isGreaterThan(colour.contrastWithWhite());
    }
}
