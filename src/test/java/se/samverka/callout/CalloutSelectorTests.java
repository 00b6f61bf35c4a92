package se.samverka.callout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.Availability;
import se.samverka.volunteer.QuietHours;

class CalloutSelectorTests {

    /** Monday 30 November 2026, 10:00 in Stockholm. */
    static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    static final Instant NIGHT = Instant.parse("2026-11-30T22:30:00Z");
    static final Availability WEEKDAY_DAYTIME = new Availability(true, false, false, false);
    static final QuietHours NIGHTS =
            new QuietHours(java.time.LocalTime.parse("21:00"), java.time.LocalTime.parse("08:00"));
    /** Shopping in Skå on Monday 7 December at 10:00, in Finnish. */
    static final Need NEED = new Need(
            HelpKind.SHOPPING, "ska", LocalDate.of(2026, 12, 7), LocalTime.of(10, 0), LocalTime.of(11, 0), "fi", 1);

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("eligible", base(), NOW, null),
                Arguments.of("other kind", base().kinds(HelpKind.PHARMACY), NOW, SkipReason.NOT_ELIGIBLE_KIND),
                Arguments.of("far district", base().districts("adelso"), NOW, SkipReason.DISTRICT),
                Arguments.of("neighbouring district", base().districts("munso"), NOW, null),
                Arguments.of(
                        "only weekends",
                        base().availability(new Availability(false, false, true, true)),
                        NOW,
                        SkipReason.AVAILABILITY),
                Arguments.of("no Finnish", base().languages("sv"), NOW, SkipReason.LANGUAGE),
                Arguments.of(
                        "paused past the day", base().pausedUntil(LocalDate.of(2026, 12, 8)), NOW, SkipReason.PAUSED),
                Arguments.of("paused until the day", base().pausedUntil(LocalDate.of(2026, 12, 7)), NOW, null),
                Arguments.of("asked 2 days ago, once a week", base().askedDaysAgo(2), NOW, SkipReason.BUDGET_USED),
                Arguments.of("asked 8 days ago, once a week", base().askedDaysAgo(8), NOW, null),
                Arguments.of(
                        "only in crisis", base().frequency(AskFrequency.ONLY_IN_CRISIS), NOW, SkipReason.BUDGET_USED),
                Arguments.of("quiet 21-08, asked at 10:00", base(), NOW, null),
                Arguments.of("quiet 21-08, asked at 23:30", base(), NIGHT, SkipReason.QUIET_HOURS),
                Arguments.of(
                        "quiet 09-11, asked at 10:00",
                        base().quiet(new QuietHours(
                                java.time.LocalTime.parse("09:00"), java.time.LocalTime.parse("11:00"))),
                        NOW,
                        SkipReason.QUIET_HOURS),
                Arguments.of(
                        "kind and district wrong: kind counts",
                        base().kinds(HelpKind.PHARMACY).districts("adelso"),
                        NOW,
                        SkipReason.NOT_ELIGIBLE_KIND),
                Arguments.of(
                        "paused and no budget: paused counts",
                        base().pausedUntil(LocalDate.of(2027, 1, 1)).askedDaysAgo(1),
                        NOW,
                        SkipReason.PAUSED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void asksOnlyEligibleVolunteersAndCountsWhySomeAreSkipped(
            String name, Builder volunteer, Instant now, SkipReason reason) {
        var c = volunteer.build();
        var expected = reason == null
                ? new Selection(List.of(c.volunteerId()), Map.of())
                : new Selection(List.of(), Map.of(reason, 1));
        assertThat(selectors(List.of(c)).indexed.select(NEED, 3, now)).isEqualTo(expected);
        assertThat(selectors(List.of(c)).bruteForce.select(NEED, 3, now)).isEqualTo(expected);
    }

    @Test
    void anyLanguageWhenTheNeedAsksForNone() {
        var c = base().languages("sv").build();
        var anyLanguage = new Need(HelpKind.SHOPPING, "ska", NEED.date(), NEED.from(), NEED.to(), " ", 1);
        assertThat(anyLanguage.language()).isNull();
        assertThat(selectors(List.of(c)).indexed.select(anyLanguage, 3, NOW).toAsk())
                .containsExactly(c.volunteerId());
    }

    @Test
    void nearestFirstThenLeastRecentlyAskedThenId() {
        var neverAskedNeighbour = base().id(1).districts("munso").build();
        var asked10DaysAgoB = base().id(3).askedDaysAgo(10).build();
        var asked10DaysAgoA = base().id(2).askedDaysAgo(10).build();
        var asked20DaysAgo = base().id(4).askedDaysAgo(20).build();
        var neverAsked = base().id(5).build();
        var inBothDistricts =
                base().id(6).districts("munso", "ska").askedDaysAgo(15).build();
        var all = List.of(
                neverAskedNeighbour, asked10DaysAgoB, asked10DaysAgoA, asked20DaysAgo, neverAsked, inBothDistricts);
        var expected = Stream.of(
                        neverAsked,
                        asked20DaysAgo,
                        inBothDistricts,
                        asked10DaysAgoA,
                        asked10DaysAgoB,
                        neverAskedNeighbour)
                .map(Candidate::volunteerId)
                .toList();
        var selectors = selectors(all);
        assertThat(selectors.indexed.select(NEED, 10, NOW).toAsk()).containsExactlyElementsOf(expected);
        assertThat(selectors.bruteForce.select(NEED, 10, NOW).toAsk()).containsExactlyElementsOf(expected);
        assertThat(selectors.indexed.select(NEED, 2, NOW).toAsk()).containsExactlyElementsOf(expected.subList(0, 2));
    }

    @Test
    void asksTheFactorTimesThePeopleNeeded() {
        var all = Stream.iterate(1, i -> i + 1)
                .limit(10)
                .map(i -> base().id(i).build())
                .toList();
        var twoPeople = new Need(HelpKind.SHOPPING, "ska", NEED.date(), NEED.from(), NEED.to(), null, 2);
        assertThat(selectors(all).indexed.select(twoPeople, NOW).toAsk()).hasSize(6);
        assertThat(twoPeople.howManyToAsk(4)).isEqualTo(8);
    }

    @Test
    void anAskUsesTheBudgetAndMovesTheVolunteerBack() {
        var weekly = base().id(1).build();
        var twiceAMonth = base().id(2).frequency(AskFrequency.TWICE_A_MONTH).build();
        var other = base().id(3).askedDaysAgo(40).build();
        var selector = selectors(List.of(weekly, twiceAMonth, other)).indexed;
        assertThat(selector.select(NEED, 3, NOW).toAsk())
                .containsExactly(weekly.volunteerId(), twiceAMonth.volunteerId(), other.volunteerId());
        selector.recordAsk(weekly.volunteerId(), NOW);
        selector.recordAsk(twiceAMonth.volunteerId(), NOW);
        var later = NOW.plus(Duration.ofHours(1));
        var selection = selector.select(NEED, 3, later);
        assertThat(selection.toAsk()).containsExactly(other.volunteerId(), twiceAMonth.volunteerId());
        assertThat(selection.skipped()).isEqualTo(Map.of(SkipReason.BUDGET_USED, 1));
        selector.recordAsk(twiceAMonth.volunteerId(), later);
        assertThat(selector.select(NEED, 3, later).skipped(SkipReason.BUDGET_USED))
                .isEqualTo(2);
        assertThat(selector.select(NEED, 3, NOW.plus(Duration.ofDays(7))).toAsk())
                .containsExactly(other.volunteerId(), weekly.volunteerId());
    }

    @Test
    void updateAndRemoveKeepTheIndexRight() {
        var far = base().id(1).districts("adelso").build();
        var near = base().id(2).askedDaysAgo(9).build();
        var selector = selectors(List.of(far, near)).indexed;
        assertThat(selector.select(NEED, 3, NOW).skipped(SkipReason.DISTRICT)).isEqualTo(1);
        selector.update(base().id(1).districts("ska").build());
        assertThat(selector.select(NEED, 3, NOW).toAsk()).containsExactly(far.volunteerId(), near.volunteerId());
        selector.remove(far.volunteerId());
        assertThat(selector.select(NEED, 3, NOW)).isEqualTo(new Selection(List.of(near.volunteerId()), Map.of()));
        selector.update(base().id(7).kinds(HelpKind.TRANSPORT).build());
        assertThat(selector.select(NEED, 3, NOW).skipped(SkipReason.NOT_ELIGIBLE_KIND))
                .isEqualTo(1);
        assertThat(selector.size()).isEqualTo(2);
        assertThatThrownBy(() -> selector.recordAsk(far.volunteerId(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDistrictWithoutNeighboursStillFindsItsOwnVolunteers() {
        var own = base().districts("new-place").build();
        var selector = selectors(List.of(own, base().build())).indexed;
        var need = new Need(HelpKind.SHOPPING, "new-place", NEED.date(), NEED.from(), NEED.to(), null, 1);
        assertThat(selector.select(need, 3, NOW))
                .isEqualTo(new Selection(List.of(own.volunteerId()), Map.of(SkipReason.DISTRICT, 1)));
    }

    record Selectors(CalloutSelector indexed, BruteForceSelector bruteForce) {}

    static Selectors selectors(List<Candidate> all) {
        return new Selectors(
                new CalloutSelector(all, RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM),
                new BruteForceSelector(all, RandomVolunteers.EKERO, RandomVolunteers.STOCKHOLM));
    }

    static Builder base() {
        return new Builder();
    }

    /** A volunteer in Skå who shops, speaks Swedish and Finnish, is free weekday daytime, quiet at night. */
    static final class Builder {

        UUID id = UUID.randomUUID();
        Set<String> districts = Set.of("ska");
        Set<HelpKind> kinds = Set.of(HelpKind.SHOPPING);
        Set<String> languages = Set.of("sv", "fi");
        Availability availability = WEEKDAY_DAYTIME;
        AskFrequency frequency = AskFrequency.ONCE_A_WEEK;
        LocalDate pausedUntil;
        QuietHours quiet = NIGHTS;
        List<Instant> asks = List.of();

        Builder id(int n) {
            id = new UUID(0, n);
            return this;
        }

        Builder districts(String... ids) {
            districts = Set.of(ids);
            return this;
        }

        Builder kinds(HelpKind... k) {
            kinds = Set.of(k);
            return this;
        }

        Builder languages(String... codes) {
            languages = Set.of(codes);
            return this;
        }

        Builder availability(Availability a) {
            availability = a;
            return this;
        }

        Builder frequency(AskFrequency f) {
            frequency = f;
            return this;
        }

        Builder pausedUntil(LocalDate d) {
            pausedUntil = d;
            return this;
        }

        Builder quiet(QuietHours q) {
            quiet = q;
            return this;
        }

        Builder askedDaysAgo(int days) {
            asks = List.of(NOW.minus(Duration.ofDays(days)));
            return this;
        }

        Candidate build() {
            return new Candidate(id, districts, kinds, languages, availability, frequency, pausedUntil, quiet, asks);
        }

        @Override
        public String toString() {
            return "volunteer";
        }
    }
}
