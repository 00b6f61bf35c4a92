package se.samverka.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audience a staff member's token must name: the configured one, else the staff sign-in's client id. */
class ApiPropertiesTests {

    @Test
    void theConfiguredAudienceWinsOverTheClientId() {
        assertThat(new ApiProperties(" api://samverka ").audienceOr("samverka-web"))
                .isEqualTo("api://samverka");
        assertThat(new ApiProperties(null).audienceOr("samverka-web")).isEqualTo("samverka-web");
        assertThat(new ApiProperties("  ").audienceOr("samverka-web")).isEqualTo("samverka-web");
    }
}
