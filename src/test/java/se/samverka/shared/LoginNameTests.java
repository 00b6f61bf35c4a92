package se.samverka.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginNameTests {

    @Test
    void spacesOfEveryKindCaseAndCompatibilityFormsMakeNoDifference() {
        var plain = "coach@example.se";
        assertThat(LoginName.normalise("coach@example.se\u2003")).isEqualTo(plain);
        assertThat(LoginName.normalise("\u00a0Coach@Example.SE\u3000")).isEqualTo(plain);
        assertThat(LoginName.normalise("\uff43\uff4f\uff41\uff43\uff48@example.se"))
                .isEqualTo(plain);
        assertThat(LoginName.normalise(" \tCOACH@example.se\n")).isEqualTo(plain);
        assertThat(LoginName.normalise(null)).isNull();
    }

    @Test
    void anEmailAddressIsStoredInTheSameForm() {
        assertThat(EmailAddress.of("Anna@Example.se\u2003").value()).isEqualTo("anna@example.se");
        assertThat(EmailAddress.of("\uff41nna@example.se").value()).isEqualTo("anna@example.se");
    }
}
