package se.samverka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageNumbersTests {

    @Test
    void aLongListLinksToTheEndsAndTheNeighboursOnly() {
        assertThat(PageNumbers.near(1, 417)).containsExactly(1, 2, 3, 417);
        assertThat(PageNumbers.near(200, 417)).containsExactly(1, 198, 199, 200, 201, 202, 417);
        assertThat(PageNumbers.near(417, 417)).containsExactly(1, 415, 416, 417);
    }

    @Test
    void aShortListLinksToEveryPage() {
        assertThat(PageNumbers.near(2, 4)).containsExactly(1, 2, 3, 4);
        assertThat(PageNumbers.near(1, 1)).containsExactly(1);
    }

    @Test
    void aPageOutsideTheListIsTakenAsTheNearestEnd() {
        assertThat(PageNumbers.near(0, 0)).containsExactly(1);
        assertThat(PageNumbers.near(999, 10)).containsExactly(1, 8, 9, 10);
        assertThat(PageNumbers.near(-3, 10)).containsExactly(1, 2, 3, 10);
    }
}
