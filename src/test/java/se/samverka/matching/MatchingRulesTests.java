package se.samverka.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.Availability;
import se.samverka.volunteer.VolunteerProfile;

class MatchingRulesTests {

    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    // a Wednesday morning in Munsö, whose neighbours are Skå, Sånga and Adelsö
    static final Set<String> MUNSO_NEIGHBOURS = Set.of("ska", "sanga", "adelso");

    static HelpRequest request(String language) {
        return new HelpRequest(
                UUID.randomUUID(),
                1,
                UUID.randomUUID(),
                "R",
                PhoneNumber.of("0701234567"),
                "V 1",
                "munso",
                HelpKind.SHOPPING,
                "mjölk",
                LocalDate.of(2026, 12, 2),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                "kod",
                language,
                Channel.PHONE,
                null,
                null,
                null,
                HelpRequestStatus.OPEN,
                null,
                NOW,
                NOW);
    }

    static VolunteerProfile volunteer(
            Set<String> districts, Availability availability, LocalDate pausedUntil, Set<String> languages) {
        return new VolunteerProfile(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "V",
                EmailAddress.of("v@example.se"),
                PhoneNumber.of("0701234567"),
                "sv",
                districts,
                Set.of(HelpKind.SHOPPING),
                languages,
                false,
                availability,
                AskFrequency.TWICE_A_MONTH,
                pausedUntil,
                se.samverka.volunteer.ContactChannel.EMAIL,
                null,
                false,
                false);
    }

    static final Availability ALWAYS = new Availability(true, true, true, true);

    @Test
    void sameDistrictScoresAboveNeighbourAndFarDistrictIsIneligible() {
        var same = MatchingRules.evaluate(
                volunteer(Set.of("munso"), ALWAYS, null, Set.of("sv")),
                request(null),
                MUNSO_NEIGHBOURS,
                ContactHistory.NONE,
                NOW,
                0,
                0);
        var near = MatchingRules.evaluate(
                volunteer(Set.of("adelso"), ALWAYS, null, Set.of("sv")),
                request(null),
                MUNSO_NEIGHBOURS,
                ContactHistory.NONE,
                NOW,
                0,
                0);
        var far = MatchingRules.evaluate(
                volunteer(Set.of("lovo-drottningholm"), ALWAYS, null, Set.of("sv")),
                request(null),
                MUNSO_NEIGHBOURS,
                ContactHistory.NONE,
                NOW,
                0,
                0);
        assertThat(same.eligible()).isTrue();
        assertThat(near.eligible()).isTrue();
        assertThat(same.score()).isGreaterThan(near.score());
        assertThat(far.reasons()).containsExactly(Ineligibility.DISTRICT);
    }

    @Test
    void pausedUnavailableWrongLanguageAndOverLimitAreIneligibleWithTheirReasons() {
        var eveningsOnly = new Availability(false, true, false, true);
        var v = volunteer(Set.of("munso"), eveningsOnly, LocalDate.of(2026, 12, 10), Set.of("sv"));
        var history = new ContactHistory(2, NOW.minus(1, ChronoUnit.DAYS), 0, true);
        var s = MatchingRules.evaluate(v, request("ar"), MUNSO_NEIGHBOURS, history, NOW, 0, 0);
        assertThat(s.reasons())
                .containsExactlyInAnyOrder(
                        Ineligibility.AVAILABILITY,
                        Ineligibility.PAUSED,
                        Ineligibility.LANGUAGE,
                        Ineligibility.ASK_LIMIT,
                        Ineligibility.ALREADY_ASKED);
    }

    @Test
    void pauseEndsOnTheDateGiven() {
        var v = volunteer(Set.of("munso"), ALWAYS, LocalDate.of(2026, 12, 2), Set.of("sv"));
        assertThat(MatchingRules.evaluate(v, request(null), MUNSO_NEIGHBOURS, ContactHistory.NONE, NOW, 0, 0)
                        .eligible())
                .isTrue();
    }

    @Test
    void recentLoadLowersAndRestRaisesTheScore() {
        var v = volunteer(Set.of("munso"), ALWAYS, null, Set.of("sv"));
        var busy = MatchingRules.evaluate(
                v,
                request(null),
                MUNSO_NEIGHBOURS,
                new ContactHistory(0, NOW.minus(1, ChronoUnit.DAYS), 3, false),
                NOW,
                0,
                0);
        var rested = MatchingRules.evaluate(
                v,
                request(null),
                MUNSO_NEIGHBOURS,
                new ContactHistory(0, NOW.minus(40, ChronoUnit.DAYS), 0, false),
                NOW,
                0,
                0);
        assertThat(busy.score()).isEqualTo(50 - 30 + 1);
        assertThat(rested.score()).isEqualTo(50 + 0 + 20);
        assertThat(java.util.stream.Stream.of(busy, rested)
                        .sorted(MatchingRules.ORDER)
                        .findFirst())
                .contains(rested);
    }

    @Test
    void aVolunteerBelowTheRequiredSafeguardingLevelIsIneligibleAtOrAboveIsNot() {
        var v = volunteer(Set.of("munso"), ALWAYS, null, Set.of("sv"));
        assertThat(MatchingRules.evaluate(v, request(null), MUNSO_NEIGHBOURS, ContactHistory.NONE, NOW, 0, 1)
                        .reasons())
                .containsExactly(Ineligibility.SAFEGUARDING);
        assertThat(MatchingRules.evaluate(v, request(null), MUNSO_NEIGHBOURS, ContactHistory.NONE, NOW, 1, 1)
                        .eligible())
                .isTrue();
        assertThat(MatchingRules.evaluate(v, request(null), MUNSO_NEIGHBOURS, ContactHistory.NONE, NOW, 2, 1)
                        .eligible())
                .isTrue();
    }
}
