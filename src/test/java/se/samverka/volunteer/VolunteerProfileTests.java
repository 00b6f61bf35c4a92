package se.samverka.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

class VolunteerProfileTests {

    private static VolunteerProfile pausedUntil(LocalDate day) {
        return new VolunteerProfile(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Bo",
                EmailAddress.of("bo@exempel.se"),
                PhoneNumber.mobile("0701234567"),
                "sv",
                Set.of("adelso"),
                Set.of(HelpKind.SHOPPING),
                Set.of("sv"),
                false,
                new Availability(true, false, false, false),
                AskFrequency.ONCE_A_MONTH,
                day,
                ContactChannel.EMAIL,
                null,
                false,
                false);
    }

    @Test
    void theDayBackIsTheFirstDayAvailableAgain() {
        var back = LocalDate.of(2026, 12, 24);
        var profile = pausedUntil(back);
        assertThat(profile.isPausedOn(back.minusDays(1))).isTrue();
        assertThat(profile.isPausedOn(back)).isFalse();
        assertThat(profile.isPausedOn(back.plusDays(1))).isFalse();
    }

    @Test
    void withoutAPauseTheVolunteerIsNeverPaused() {
        assertThat(pausedUntil(null).isPausedOn(LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void showsNoPersonalDataWhenLogged() {
        assertThat(pausedUntil(null).toString()).doesNotContain("Bo", "bo@exempel.se", "0701234567", "+46");
    }
}
