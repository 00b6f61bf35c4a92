package se.samverka.helprequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.helprequest.HelpRequestFixtures.asCoordinator;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.district.Districts;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * Asking a resident by SMS whether they got help, and their answer coming back through the SMS webhook: a yes is
 * their confirmation, a no puts the request on the attention list until a coordinator has called them.
 */
@IntegrationTest
@RecordApplicationEvents
class ResidentFollowUpTests {

    static final String SECRET = TestSettings.SMS_WEBHOOK_SECRET;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Districts districts;

    @Autowired
    ApplicationEvents events;

    Instant testStart;

    @BeforeEach
    void start() {
        testStart = Instant.now().minusSeconds(1);
    }

    @Test
    void theButtonIsOnlyThereWhenTheRequestIsDoneAndThePhoneIsAMobile() throws Exception {
        var mobile = uniqueMobile();
        var request = helpRequests.submit(request(HelpRequestFixtures.DISTRICT, mobile), "test");
        assertThat(page(request.id()).select("#follow-up")).as("not done yet").isEmpty();
        mvc.perform(post(askUrl(request.id())).with(asCoordinator()).with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.followUpNotPossible"));

        done(request.id());
        var page = page(request.id());
        assertThat(page.select("#follow-up button").text()).isEqualTo("Fråga via sms om hen fick hjälp");
        assertThat(page.select("#follow-up-status")).isEmpty();

        var landline = helpRequests.submit(request(HelpRequestFixtures.DISTRICT, "08-560 390 00"), "test");
        done(landline.id());
        assertThat(page(landline.id()).select("#follow-up"))
                .as("no SMS to a landline")
                .isEmpty();
        mvc.perform(post(askUrl(landline.id())).with(asCoordinator()).with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.followUpNotPossible"));
        assertThat(followUps(landline.id())).isZero();
        assertThat(followUps(request.id())).isZero();
    }

    @Test
    void askingStoresTheQuestionOnceAndSendsTheSwedishSms() throws Exception {
        var mobile = uniqueMobile();
        var request = helpRequests.submit(request(HelpRequestFixtures.DISTRICT, mobile), "test");
        done(request.id());

        mvc.perform(post(askUrl(request.id())).with(asCoordinator()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "helprequest.flash.followUpAsked"));
        mvc.perform(post(askUrl(request.id())).with(asCoordinator()).with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.followUpAlreadyAsked"));

        var row = jdbc.sql("SELECT phone, asked_at, answer, answered_at FROM resident_followup WHERE request_id = ?")
                .param(request.id())
                .query((rs, n) -> new Object[] {
                    rs.getString("phone"),
                    rs.getTimestamp("asked_at"),
                    rs.getString("answer"),
                    rs.getTimestamp("answered_at")
                })
                .single();
        var e164 = PhoneNumber.of(mobile).e164();
        assertThat(row[0]).isEqualTo(e164);
        assertThat(row[1]).isNotNull();
        assertThat(row[2]).isNull();
        assertThat(row[3]).isNull();
        assertThat(events.stream(ResidentFollowUpAsked.class)
                        .filter(e -> e.requestId().equals(request.id())))
                .singleElement()
                .isEqualTo(new ResidentFollowUpAsked(
                        request.id(), request.number(), e164, HelpKind.SHOPPING, request.date()));
        settle();
        var date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("sv"))
                .format(request.date());
        assertThat(smsTo(e164))
                .as("the question, then the municipality's signature")
                .containsExactly(
                        "Samverka: Hej! Fick du hjälp med handling " + date + "? Svara JA eller NEJ.\nKommunen");
        assertThat(helpRequests.history(request.id()))
                .filteredOn(h -> "FOLLOW_UP_ASKED".equals(h.action()))
                .hasSize(1);
        var page = page(request.id());
        assertThat(page.select("#follow-up")).as("asked once").isEmpty();
        assertThat(page.select("#follow-up-status").text())
                .startsWith("Frågat via sms")
                .endsWith("Svar: inget svar än");
    }

    @Test
    void aYesByTextMessageIsTheResidentsConfirmation() throws Exception {
        var mobile = uniqueMobile();
        var district = HelpRequestFixtures.newDistrict(districts);
        var request = askedAndDone(district, mobile);

        reply(PhoneNumber.of(mobile).display(), "Ja tack, allt gick bra!");

        assertThat(answer(request.id())).isEqualTo("YES");
        assertThat(helpRequests.history(request.id()))
                .filteredOn(h -> h.action().startsWith("RESIDENT_"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.action()).isEqualTo("RESIDENT_CONFIRMED");
                    assertThat(h.detail()).isEqualTo("SMS");
                });
        assertThat(attention(district)).isEmpty();
        assertThat(page(request.id()).select("#follow-up-status").text()).endsWith("Svar: ja, fick hjälp");
    }

    @Test
    void aNoPutsTheRequestOnTheAttentionListUntilACoordinatorHasCalled() throws Exception {
        var mobile = uniqueMobile();
        var district = HelpRequestFixtures.newDistrict(districts);
        var request = askedAndDone(district, mobile);

        reply(PhoneNumber.of(mobile).e164(), "Nej, ingen kom");

        assertThat(answer(request.id())).isEqualTo("NO");
        assertThat(helpRequests.history(request.id()))
                .filteredOn(h -> h.action().startsWith("RESIDENT_"))
                .extracting(HistoryEntry::action)
                .containsExactly("RESIDENT_NOT_HELPED");
        assertThat(attention(district))
                .singleElement()
                .asString()
                .startsWith("#" + request.number() + " ")
                .contains("svarade NEJ på sms:et: fick inte hjälp");
        assertThat(page(request.id()).select("#follow-up-status").text()).endsWith("Svar: nej, fick inte hjälp");

        // a late yes changes nothing: the question was answered
        reply(PhoneNumber.of(mobile).e164(), "ja");
        assertThat(answer(request.id())).isEqualTo("NO");
        assertThat(helpRequests.history(request.id()))
                .filteredOn(h -> h.action().startsWith("RESIDENT_"))
                .hasSize(1);

        // the coordinator calls and saves what the resident said: off the list
        mvc.perform(post("/samordning/arenden/" + request.id() + "/bekraftelse")
                        .param("helped", "no")
                        .with(asCoordinator())
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.confirmationSaved"));
        assertThat(attention(district)).isEmpty();
    }

    @Test
    void repliesFromOtherNumbersAndUnclearRepliesLeaveTheQuestionOpen() throws Exception {
        var mobile = uniqueMobile();
        var district = HelpRequestFixtures.newDistrict(districts);
        var request = askedAndDone(district, mobile);

        reply(uniqueMobile(), "nej");
        reply(PhoneNumber.of(mobile).e164(), "Vem är det som skriver?");

        assertThat(answer(request.id())).isNull();
        assertThat(helpRequests.history(request.id())).noneMatch(h -> h.action().startsWith("RESIDENT_"));
        assertThat(attention(district)).isEmpty();

        reply(PhoneNumber.of(mobile).e164(), "NEJ");
        assertThat(answer(request.id())).isEqualTo("NO");
    }

    @Test
    void aWrongSecretChangesNothing() throws Exception {
        var mobile = uniqueMobile();
        var request = askedAndDone(HelpRequestFixtures.DISTRICT, mobile);
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .queryParam("secret", "gissat")
                        .param("id", "s" + UUID.randomUUID())
                        .param("from", PhoneNumber.of(mobile).e164())
                        .param("to", "+46766861001")
                        .param("message", "ja"))
                .andExpect(status().isUnauthorized());
        settle();
        assertThat(answer(request.id())).isNull();
    }

    private HelpRequest askedAndDone(String district, String mobile) throws Exception {
        var request = helpRequests.submit(request(district, mobile), "test");
        done(request.id());
        mvc.perform(post(askUrl(request.id())).with(asCoordinator()).with(csrf()))
                .andExpect(flash().attribute("flash", "helprequest.flash.followUpAsked"));
        return request;
    }

    private void done(UUID id) {
        helpRequests.markAssigned(id, "test", "Vera");
        helpRequests.markDone(id, "Vera", null);
    }

    private void reply(String from, String message) throws Exception {
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .queryParam("secret", SECRET)
                        .param("id", "s" + UUID.randomUUID().toString().replace("-", ""))
                        .param("from", from)
                        .param("to", "+46766861001")
                        .param("message", message))
                .andExpect(status().isOk());
        settle();
    }

    /** Waits until every event published since the test started has been handled by its listeners. */
    private void settle() {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql(
                                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND publication_date >= ?")
                                .param(Timestamp.from(testStart))
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    private Document page(UUID id) throws Exception {
        return Jsoup.parse(mvc.perform(get("/samordning/arenden/" + id).with(asCoordinator()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private List<String> attention(String district) throws Exception {
        return Jsoup.parse(mvc.perform(
                                get("/samordning").param("district", district).with(asCoordinator()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("#attention li")
                .eachText();
    }

    private String answer(UUID requestId) {
        var answers = jdbc.sql("SELECT answer FROM resident_followup WHERE request_id = ?")
                .param(requestId)
                .query((rs, n) -> rs.getString("answer"))
                .list();
        assertThat(answers).as("one question per request").hasSize(1);
        return answers.get(0);
    }

    private int followUps(UUID requestId) {
        return jdbc.sql("SELECT COUNT(*) FROM resident_followup WHERE request_id = ?")
                .param(requestId)
                .query(Integer.class)
                .single();
    }

    private List<String> smsTo(String e164) {
        return jdbc.sql("SELECT body FROM outbox_message WHERE channel = 'SMS' AND recipient = ?")
                .param(e164)
                .query(String.class)
                .list();
    }

    private static String askUrl(UUID id) {
        return "/samordning/arenden/" + id + "/fraga-via-sms";
    }

    private static NewHelpRequest request(String district, String phone) {
        return new NewHelpRequest(
                "Greta Ek",
                PhoneNumber.of(phone),
                "Tappström 12",
                district,
                HelpKind.SHOPPING,
                "Mjölk och bröd",
                LocalDate.now().plusDays(1),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                "Blåbär",
                null,
                null,
                Channel.PHONE,
                null,
                null,
                null);
    }

    private static String uniqueMobile() {
        return "+4673" + ThreadLocalRandom.current().nextInt(2_000_000, 10_000_000);
    }
}
