package se.samverka.effort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;

/** Volunteers sign up, wait, withdraw and move up; coordinators approve, cancel and close. */
@IntegrationTest
class EffortSignupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Efforts efforts;

    @Autowired
    ShiftSignups signups;

    String district;
    UUID org;
    SamverkaUser member;

    @BeforeEach
    void setUp() {
        district = EffortFixtures.district(districts, "Passholmen");
        org = EffortFixtures.organisation(jdbc, "Passföreningen", "APPROVED");
        member = EffortFixtures.member(jdbc, accounts, org, "Petra Pass");
    }

    @Test
    void aFullShiftPutsTheNextOnTheWaitingListAndAWithdrawalMovesThemUpAndTellsThem() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Matkassar");
        var shift = EffortFixtures.shift(efforts, effort, district, 1, SignupMode.INSTANT, HelpKind.SHOPPING);
        var anna = EffortFixtures.volunteer(jdbc, "Anna Först", district);
        var bengt = EffortFixtures.volunteer(jdbc, "Bengt Väntar", district);

        signUp(anna, shift).andExpect(flash().attribute("flash", "effort.signedUp.CONFIRMED"));
        signUp(bengt, shift).andExpect(flash().attribute("flash", "effort.signedUp.WAITING"));
        signUp(bengt, shift).andExpect(flash().attribute("flash", "effort.signup.already"));
        assertThat(statusOf(bengt, shift)).containsExactly("WAITING");
        assertThat(confirmed(shift)).isEqualTo(1);

        var page = Jsoup.parse(mvc.perform(get("/insatser/{id}", effort))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#shift-" + shift + " .places").text()).isEqualTo("Fullt – väntelista");

        var mine = Jsoup.parse(mvc.perform(get("/mina-sidor/insatser").with(authentication(EffortFixtures.as(bengt))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(mine.select("#my-shifts").text()).contains("Matkassar", "På väntelistan, plats 1");

        mvc.perform(post("/mina-sidor/insatser/anmalan/{id}/avanmal", signupId(anna, shift))
                        .with(authentication(EffortFixtures.as(anna)))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.withdrawn"));

        assertThat(statusOf(anna, shift)).containsExactly("WITHDRAWN");
        assertThat(statusOf(bengt, shift)).containsExactly("CONFIRMED");
        assertThat(confirmed(shift)).isEqualTo(1);
        await().atMost(EffortFixtures.WAIT)
                .untilAsserted(() -> assertThat(EffortFixtures.mailTo(jdbc, bengt.username(), "effort:MOVED_UP:"))
                        .contains("Matkassar")
                        .contains("/mina-sidor/insatser"));
        assertThat(EffortFixtures.mailTo(jdbc, anna.username(), "effort:")).isNull();

        // withdrawn, Anna may sign up again: the unique key is only on live sign-ups
        signUp(anna, shift).andExpect(flash().attribute("flash", "effort.signedUp.WAITING"));
        var cilla = EffortFixtures.volunteer(jdbc, "Cilla Trea", district);
        signUp(cilla, shift).andExpect(flash().attribute("flash", "effort.signedUp.WAITING"));
        assertThat(position(cilla, shift)).isEqualTo(2);
        mvc.perform(post("/mina-sidor/insatser/anmalan/{id}/avanmal", signupId(anna, shift))
                .with(authentication(EffortFixtures.as(anna)))
                .with(csrf()));
        assertThat(position(cilla, shift)).as("the waiting list closes the gap").isEqualTo(1);
    }

    private int position(SamverkaUser volunteer, UUID shift) {
        return jdbc.sql(
                        "SELECT position FROM effort_signup WHERE shift_id = ? AND volunteer_id = ? AND status = 'WAITING'")
                .params(shift, EffortFixtures.volunteerId(jdbc, volunteer))
                .query(Integer.class)
                .single();
    }

    @Test
    void aWithdrawalAfterTheShiftStartedIsRefused() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Startat");
        var shift = EffortFixtures.shift(efforts, effort, district, 2, SignupMode.INSTANT, HelpKind.SHOPPING);
        var anna = EffortFixtures.volunteer(jdbc, "Anna Sen", district);
        signUp(anna, shift);
        jdbc.sql("UPDATE effort_shift SET shift_date = ?, time_from = '00:00', time_to = '23:59' WHERE id = ?")
                .params(LocalDate.now(), shift)
                .update();

        mvc.perform(post("/mina-sidor/insatser/anmalan/{id}/avanmal", signupId(anna, shift))
                        .with(authentication(EffortFixtures.as(anna)))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.withdraw.started"));
        assertThat(statusOf(anna, shift)).containsExactly("CONFIRMED");
        signUp(EffortFixtures.volunteer(jdbc, "Sen Ankomling", district), shift)
                .andExpect(flash().attribute("flash", "effort.signup.notOpen"));
    }

    @Test
    void twentyConcurrentSignUpsForTheLastPlaceGiveItToExactlyOne() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Rusning");
        var shift = EffortFixtures.shift(efforts, effort, district, 3, SignupMode.INSTANT, HelpKind.SHOPPING);
        for (int i = 0; i < 2; i++) {
            signups.signUp(
                    shift, EffortFixtures.volunteerId(jdbc, EffortFixtures.volunteer(jdbc, "Tidig " + i, district)));
        }
        var racers = new ArrayList<UUID>();
        for (int i = 0; i < 20; i++) {
            racers.add(EffortFixtures.volunteerId(jdbc, EffortFixtures.volunteer(jdbc, "Racer " + i, district)));
        }
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(20);
        var results = new ArrayList<Future<SignupStatus>>();
        for (var volunteer : racers) {
            Callable<SignupStatus> signUp = () -> {
                start.await();
                return signups.signUp(shift, volunteer);
            };
            results.add(pool.submit(signUp));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        var statuses = new ArrayList<SignupStatus>();
        for (var result : results) {
            statuses.add(result.get());
        }
        assertThat(statuses).filteredOn(s -> s == SignupStatus.CONFIRMED).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == SignupStatus.WAITING).hasSize(19);
        assertThat(confirmed(shift)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM effort_signup WHERE shift_id = ? AND status = 'CONFIRMED'")
                        .param(shift)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql(
                                "SELECT position FROM effort_signup WHERE shift_id = ? AND status = 'WAITING' ORDER BY position")
                        .param(shift)
                        .query(Integer.class)
                        .list())
                .isEqualTo(IntStream.rangeClosed(1, 19).boxed().toList());
    }

    @Test
    void theDatabaseRefusesMoreConfirmedPlacesThanTheMaximum() {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Vakt");
        var shift = EffortFixtures.shift(efforts, effort, district, 1, SignupMode.INSTANT, HelpKind.SHOPPING);
        jdbc.sql("UPDATE effort_shift SET confirmed = 1 WHERE id = ?")
                .param(shift)
                .update();
        assertThatThrownBy(() -> jdbc.sql("UPDATE effort_shift SET confirmed = 2 WHERE id = ?")
                        .param(shift)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anApplicationWaitsForTheCoordinatorWhoApprovesOrRejects() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Läxhjälp");
        var shift = EffortFixtures.shift(efforts, effort, district, 2, SignupMode.APPLICATION, HelpKind.OTHER_ERRAND);
        var anna = EffortFixtures.volunteer(jdbc, "Anna Ansöker", district);
        var bengt = EffortFixtures.volunteer(jdbc, "Bengt Ansöker", district);
        signUp(anna, shift).andExpect(flash().attribute("flash", "effort.signedUp.APPLIED"));
        signUp(bengt, shift).andExpect(flash().attribute("flash", "effort.signedUp.APPLIED"));
        assertThat(confirmed(shift)).isZero();

        var roster = Jsoup.parse(mvc.perform(get("/forening/{o}/insatser/{e}/pass/{s}", org, effort, shift)
                        .with(authentication(EffortFixtures.as(member))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(roster.select("#roster").text()).contains("Anna Ansöker", "Bengt Ansöker", "Ansökt");
        assertThat(roster.select("#roster tbody tr").stream()
                        .map(row -> row.select("td").eachText().subList(0, 3))
                        .toList())
                .as("each in order of sign-up with their contact details from the register")
                .containsExactly(
                        List.of("Anna Ansöker", anna.username(), "070-123 45 67"),
                        List.of("Bengt Ansöker", bengt.username(), "070-123 45 67"));
        assertThat(roster.select("#roster").text())
                .as("numbers as people read them")
                .contains("070-123 45 67")
                .doesNotContain("+4670");

        decide(effort, shift, signupId(anna, shift), "godkann")
                .andExpect(flash().attribute("flash", "effort.flash.approved"));
        decide(effort, shift, signupId(bengt, shift), "avsla")
                .andExpect(flash().attribute("flash", "effort.flash.rejected"));
        assertThat(statusOf(anna, shift)).containsExactly("CONFIRMED");
        assertThat(statusOf(bengt, shift)).containsExactly("REJECTED");
        assertThat(confirmed(shift)).isEqualTo(1);
        await().atMost(EffortFixtures.WAIT).untilAsserted(() -> {
            assertThat(EffortFixtures.mailTo(jdbc, anna.username(), "effort:APPROVED:"))
                    .contains("Läxhjälp");
            assertThat(EffortFixtures.mailTo(jdbc, bengt.username(), "effort:REJECTED:"))
                    .contains("Läxhjälp");
        });
    }

    @Test
    void cancellingAShiftTellsEveryoneOnItAndMessagesReachTheConfirmed() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Städdag");
        var shift = EffortFixtures.shift(efforts, effort, district, 1, SignupMode.INSTANT, HelpKind.OTHER_ERRAND);
        var anna = EffortFixtures.volunteer(jdbc, "Anna Inställd", district);
        var bengt = EffortFixtures.volunteer(jdbc, "Bengt Inställd", district);
        signUp(anna, shift);
        signUp(bengt, shift);
        var roster = "/forening/{o}/insatser/{e}/pass/{s}";

        mvc.perform(post(roster + "/meddelande", org, effort, shift)
                        .param("text", "Ta med handskar!")
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.flash.messageSent"))
                .andExpect(flash().attribute("flashCount", 1));
        mvc.perform(post(roster + "/meddelande", org, effort, shift)
                        .param("text", " ")
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("messageError", "effort.message.required"));
        await().atMost(EffortFixtures.WAIT)
                .untilAsserted(() -> assertThat(EffortFixtures.mailTo(jdbc, anna.username(), "effort:MESSAGE:"))
                        .contains("Ta med handskar!"));
        assertThat(EffortFixtures.mailTo(jdbc, bengt.username(), "effort:MESSAGE:"))
                .isNull();

        mvc.perform(post(roster + "/stall-in", org, effort, shift)
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.flash.shiftCancelled"));
        assertThat(jdbc.sql("SELECT status FROM effort_shift WHERE id = ?")
                        .param(shift)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
        assertThat(statusOf(anna, shift)).containsExactly("CANCELLED");
        assertThat(statusOf(bengt, shift)).containsExactly("CANCELLED");
        await().atMost(EffortFixtures.WAIT).untilAsserted(() -> {
            assertThat(EffortFixtures.mailTo(jdbc, anna.username(), "effort:SHIFT_CANCELLED:"))
                    .contains("inställt");
            assertThat(EffortFixtures.mailTo(jdbc, bengt.username(), "effort:SHIFT_CANCELLED:"))
                    .contains("inställt");
        });
    }

    @Test
    void closingAnEffortThanksEveryoneWhoTookPartAndCancelsItsComingShifts() throws Exception {
        var effort = EffortFixtures.publishedEffort(efforts, org, district, "Sommarinsats");
        var done = EffortFixtures.shift(efforts, effort, district, 2, SignupMode.INSTANT, HelpKind.SHOPPING);
        var coming = EffortFixtures.shift(efforts, effort, district, 2, SignupMode.INSTANT, HelpKind.SHOPPING);
        var anna = EffortFixtures.volunteer(jdbc, "Anna Deltog", district);
        var cilla = EffortFixtures.volunteer(jdbc, "Cilla Kommande", district);
        signUp(anna, done);
        signUp(cilla, coming);
        jdbc.sql("UPDATE effort_shift SET shift_date = ? WHERE id = ?")
                .params(LocalDate.now().minusDays(1), done)
                .update();

        mvc.perform(post("/forening/{o}/insatser/{e}/stang", org, effort)
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "effort.flash.closed"));

        assertThat(jdbc.sql("SELECT status FROM effort WHERE id = ?")
                        .param(effort)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT status FROM effort_shift WHERE id = ?")
                        .param(coming)
                        .query(String.class)
                        .single())
                .isEqualTo("CANCELLED");
        await().atMost(EffortFixtures.WAIT).untilAsserted(() -> {
            assertThat(EffortFixtures.mailTo(jdbc, anna.username(), "effort:THANKS:"))
                    .contains("Sommarinsats");
            assertThat(EffortFixtures.mailTo(jdbc, cilla.username(), "effort:SHIFT_CANCELLED:"))
                    .isNotNull();
        });
        assertThat(EffortFixtures.mailTo(jdbc, cilla.username(), "effort:THANKS:"))
                .isNull();
        mvc.perform(get("/insatser/{id}", effort)).andExpect(status().isNotFound());
    }

    private ResultActions signUp(SamverkaUser volunteer, UUID shift) throws Exception {
        return mvc.perform(post("/mina-sidor/insatser/pass/{id}/anmal", shift)
                        .with(authentication(EffortFixtures.as(volunteer)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private ResultActions decide(UUID effort, UUID shift, UUID signup, String decision) throws Exception {
        return mvc.perform(
                post("/forening/{o}/insatser/{e}/pass/{s}/anmalan/{g}/" + decision, org, effort, shift, signup)
                        .with(authentication(EffortFixtures.as(member)))
                        .with(csrf()));
    }

    private List<String> statusOf(SamverkaUser volunteer, UUID shift) {
        return jdbc.sql("SELECT status FROM effort_signup WHERE shift_id = ? AND volunteer_id = ? ORDER BY created_at")
                .params(shift, EffortFixtures.volunteerId(jdbc, volunteer))
                .query(String.class)
                .list();
    }

    private UUID signupId(SamverkaUser volunteer, UUID shift) {
        return jdbc.sql(
                        "SELECT id FROM effort_signup WHERE shift_id = ? AND volunteer_id = ? AND active_shift_id IS NOT NULL")
                .params(shift, EffortFixtures.volunteerId(jdbc, volunteer))
                .query(UUID.class)
                .single();
    }

    private int confirmed(UUID shift) {
        return jdbc.sql("SELECT confirmed FROM effort_shift WHERE id = ?")
                .param(shift)
                .query(Integer.class)
                .single();
    }
}
