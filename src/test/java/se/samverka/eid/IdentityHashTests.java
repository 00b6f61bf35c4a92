package se.samverka.eid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityHashTests {

    final IdentityHash hash = new IdentityHash("test-eid-hash-key-0123456789abcdef");

    @Test
    void theSamePersonGivesTheSameHashInEitherWrittenForm() {
        assertThat(hash.of("197001011234")).isEqualTo(hash.of("19700101-1234")).isPresent();
        assertThat(hash.of("197001011234").orElseThrow())
                .matches("[0-9a-f]{64}")
                .doesNotContain("7001011234");
    }

    @Test
    void anotherKeyOrAnotherPersonGivesAnotherHash() {
        var other = new IdentityHash("another-key-of-at-least-32-characters");
        assertThat(other.of("197001011234")).isNotEqualTo(hash.of("197001011234"));
        assertThat(hash.of("197001011242")).isNotEqualTo(hash.of("197001011234"));
    }

    @Test
    void onlyTwelveDigitsAreAPersonalNumber() {
        assertThat(hash.of(null)).isEmpty();
        assertThat(hash.of("7001011234"))
                .as("ten digits: the century is a guess")
                .isEmpty();
        assertThat(hash.of("19700101-123X")).isEmpty();
        assertThat(hash.of("")).isEmpty();
    }
}
