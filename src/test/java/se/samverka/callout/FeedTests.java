package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedTests {

    @Test
    void numbersSkippedOverAreReadAgainUntilTheyTurnUp() {
        var feed = new Feed();
        feed.reset(10, 0);
        assertThat(feed.holes()).isEmpty();

        feed.saw(List.of(11L, 14L));

        assertThat(feed.high()).isEqualTo(14);
        assertThat(feed.holes()).containsExactlyInAnyOrder(12L, 13L);
        feed.saw(List.of(13L, 15L));
        assertThat(feed.holes()).containsExactly(12L);
        assertThat(feed.high()).isEqualTo(15);
    }

    @Test
    void aResetReadsTheLastNumbersAgainInCaseTheyHadNotCommitted() {
        var feed = new Feed();
        feed.reset(5, 3);

        assertThat(feed.high()).isEqualTo(5);
        assertThat(feed.holes()).containsExactlyInAnyOrder(3L, 4L, 5L);
        feed.saw(List.of(4L));
        assertThat(feed.holes()).containsExactlyInAnyOrder(3L, 5L);
    }

    @Test
    void aVeryWideGapIsNotFollowedNumberByNumber() {
        var feed = new Feed();
        feed.reset(0, 0);

        feed.saw(List.of(5_000L));

        assertThat(feed.high()).isEqualTo(5_000);
        assertThat(feed.holes()).isEmpty();
    }
}
