package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ConfirmationTokenTests {

    @Test
    void tokensAreLongRandomAndSafeInALink() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var token = ConfirmationToken.random().plain();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void theStoredHashIsTheSha256InHexAndFitsTheColumn() {
        // SHA-256 of "abc" from FIPS 180-2
        assertThat(ConfirmationToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        var token = ConfirmationToken.random();
        assertThat(token.hash()).hasSize(64).isEqualTo(ConfirmationToken.hash(token.plain()));
        assertThat(token.toString()).doesNotContain(token.plain());
    }
}
