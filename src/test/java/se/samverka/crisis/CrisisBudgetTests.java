package se.samverka.crisis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.Allowance;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.ContactBudgets;
import se.samverka.callout.ContactEntry;
import se.samverka.callout.ContactLedger;
import se.samverka.callout.ContactSource;
import se.samverka.callout.Eligibility;
import se.samverka.callout.Need;
import se.samverka.callout.RankedVolunteer;
import se.samverka.callout.SkipReason;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.AskFrequency;

/**
 * While a crisis runs the call-out engine asks volunteers who chose "only in a crisis" and raises every contact
 * budget by the crisis' raise; when it ends, the everyday budgets hold again. Checked through the ranked list the
 * coordinators see, which applies the same rules as every wave.
 */
@IntegrationTest
class CrisisBudgetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Crises crises;

    @Autowired
    CalloutQueries callouts;

    @Autowired
    ContactBudgets budgets;

    @Autowired
    ContactLedger ledger;

    @Autowired
    Districts districts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @BeforeEach
    @AfterEach
    void noCrisisRuns() {
        crises.running().ifPresent(c -> crises.end(c.id(), "test", Instant.now().plusSeconds(1)));
    }

    @Test
    void aCrisisAsksTheOnlyInCrisisVolunteersAndRaisesBudgetsUntilItEnds() {
        var district = districts.save(null, "Budgetby " + System.nanoTime(), 650000, 6580000, 993, Set.of());
        var crisisOnly = volunteer("Kris Karin", district, "ONLY_IN_CRISIS");
        var weekly = volunteer("Vecko Vera", district, "ONCE_A_WEEK");
        var twiceMonthly = volunteer("Månads Mats", district, "TWICE_A_MONTH");
        var now = clock.instant();
        ask(weekly, now.minus(Duration.ofDays(1)));
        ask(twiceMonthly, now.minus(Duration.ofDays(3)));
        ask(twiceMonthly, now.minus(Duration.ofDays(2)));
        var need = new Need(
                HelpKind.SHOPPING,
                district,
                LocalDate.now(clock).plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                null,
                1);

        assertThat(budgets.now()).isEqualTo(Allowance.EVERYDAY);
        assertThat(reasons(need))
                .containsEntry(crisisOnly, SkipReason.BUDGET_USED)
                .containsEntry(weekly, SkipReason.BUDGET_USED)
                .containsEntry(twiceMonthly, SkipReason.BUDGET_USED);

        var crisis = crises.start(
                new CrisisPlan(
                        "Storm " + UUID.randomUUID().toString().substring(0, 6),
                        CrisisKind.STORM,
                        List.of(district),
                        now.minus(Duration.ofHours(1)),
                        24,
                        "Ring om du behöver hjälp.",
                        "08-124 571 00",
                        1),
                "krisledare");
        assertThat(budgets.now()).isEqualTo(Allowance.crisis(1));
        assertThat(reasons(need))
                .as("one more ask each, and the crisis-only once a week")
                .containsEntry(crisisOnly, null)
                .containsEntry(weekly, null)
                .containsEntry(twiceMonthly, null);

        // the raised budget is a budget too: a second ask this week uses the weekly volunteer's
        ask(weekly, now.minus(Duration.ofHours(1)));
        ask(crisisOnly, now.minus(Duration.ofHours(1)));
        assertThat(reasons(need))
                .containsEntry(weekly, SkipReason.BUDGET_USED)
                .as("once a week plus the raise of one")
                .containsEntry(crisisOnly, null)
                .containsEntry(twiceMonthly, null);

        assertThat(crises.end(crisis.id(), "krisledare", now.plusSeconds(1))).isTrue();
        assertThat(budgets.now()).isEqualTo(Allowance.EVERYDAY);
        assertThat(reasons(need))
                .containsEntry(crisisOnly, SkipReason.BUDGET_USED)
                .containsEntry(weekly, SkipReason.BUDGET_USED)
                .containsEntry(twiceMonthly, SkipReason.BUDGET_USED);
    }

    @Test
    void aVolunteerIsToldOnTheirOwnPageWhileACrisisRaisesTheirBudget() throws Exception {
        var district = districts.save(null, "Sidby " + System.nanoTime(), 650000, 6580000, 995, Set.of());
        var inserted = TestVolunteer.named("Sida Krisen").in(district).insert(jdbc);
        jdbc.sql("UPDATE volunteer SET ask_frequency = 'ONLY_IN_CRISIS' WHERE id = ?")
                .param(inserted.id())
                .update();
        var user = inserted.user();
        assertThat(ownPage(user).select("#crisis-budget")).isEmpty();

        var crisis = crises.start(
                new CrisisPlan(
                        "Brand " + UUID.randomUUID().toString().substring(0, 6),
                        CrisisKind.FIRE,
                        List.of(district),
                        Instant.now().minus(Duration.ofMinutes(5)),
                        12,
                        "Ring om du behöver hjälp.",
                        "08-124 571 00",
                        1),
                "krisledare");
        assertThat(ownPage(user).select("#crisis-budget").text()).contains("Krisläge", "upp till 2 gånger per period");

        crises.end(crisis.id(), "krisledare", Instant.now().plusSeconds(1));
        assertThat(ownPage(user).select("#crisis-budget"))
                .as("never silently, and gone again")
                .isEmpty();
    }

    private Document ownPage(SamverkaUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/mina-sidor")
                        .with(authentication(
                                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theAllowanceCountsAsksInTheRightWindow() {
        var now = Instant.parse("2026-12-07T12:00:00Z");
        var week = List.of(now.minus(Duration.ofDays(1)));
        var raise = Allowance.crisis(2);
        assertThat(raise.maxAsks(AskFrequency.ONCE_A_WEEK)).isEqualTo(3);
        assertThat(raise.maxAsks(AskFrequency.ONLY_IN_CRISIS)).isEqualTo(3);
        assertThat(Allowance.EVERYDAY.maxAsks(AskFrequency.ONLY_IN_CRISIS)).isZero();
        // an only-in-crisis ask 8 days ago is outside its crisis window of a week
        assertThat(Eligibility.budgetUsed(
                        AskFrequency.ONLY_IN_CRISIS, List.of(now.minus(Duration.ofDays(8))), now, Allowance.crisis(0)))
                .isFalse();
        assertThat(Eligibility.budgetUsed(AskFrequency.ONCE_A_WEEK, week, now, Allowance.crisis(0)))
                .isTrue();
    }

    private Map<UUID, SkipReason> reasons(Need need) {
        var result = new HashMap<UUID, SkipReason>();
        for (RankedVolunteer r : callouts.ranked(need)) {
            result.put(r.volunteerId(), r.reason());
        }
        return result;
    }

    private UUID volunteer(String name, String district, String frequency) {
        var id = TestVolunteer.named(name).in(district).insert(jdbc).id();
        jdbc.sql("UPDATE volunteer SET ask_frequency = ? WHERE id = ?")
                .params(frequency, id)
                .update();
        return id;
    }

    private void ask(UUID volunteer, Instant at) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            ledger.lockForAsking();
            ledger.record(volunteer, ContactEntry.ASK, "EMAIL", ContactSource.CALLOUT, UUID.randomUUID(), at);
        });
    }
}
