package se.samverka.callout;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * A call-out by SMS from end to end: the asks leave through the outbox to a stand-in 46elks, the replies come
 * back through the webhook, and every answer, stand-down and late reply sends exactly the SMS it should.
 */
@IntegrationTest
@EnableWireMock(@ConfigureWireMock(name = "sms", baseUrlProperties = "samverka.notification.sms.url"))
@TestPropertySource(
        properties = {
            "samverka.notification.sms.username=api-user",
            "samverka.notification.sms.password=api-secret",
            "samverka.notification.sms.sender=Ekero",
            "samverka.notification.sms.webhook-secret=" + CalloutSmsTests.SECRET
        })
class CalloutSmsTests {

    static final String SECRET = "utskick-hemlis";

    @InjectWireMock("sms")
    WireMockServer provider;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Callouts callouts;

    @Autowired
    CalloutQueries calloutQueries;

    Instant testStart;

    @BeforeEach
    void provider() {
        testStart = Instant.now().minusSeconds(1);
        provider.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/a1/sms")
                .willReturn(okJson("{\"id\": \"s-" + UUID.randomUUID() + "\"}")));
    }

    /** A request in a district of its own, with two SMS volunteers and one by e-mail, asked in that order. */
    private record Scene(
            HelpRequest request,
            String districtName,
            UUID calloutId,
            CalloutSmsFixtures.Asked first,
            CalloutSmsFixtures.Asked second,
            CalloutSmsFixtures.Asked third) {}

    private Scene scene(String secondLocale) {
        var districtName = "Smsholmen " + System.nanoTime();
        var district = districts.save(null, districtName, 650000, 6580000, 980, Set.of());
        var request = helpRequests.submit(shopping(district), "test");
        var first = CalloutSmsFixtures.volunteer(jdbc, 1, "Alva Sms", district, "SMS", "sv");
        var second = CalloutSmsFixtures.volunteer(jdbc, 2, "Bo Sms", district, "SMS", secondLocale);
        var third = CalloutSmsFixtures.volunteer(jdbc, 3, "Cilla Mejl", district, "EMAIL", "sv");
        var calloutId = callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                new Need(request.kind(), district, request.date(), request.timeFrom(), request.timeTo(), null, 1),
                Urgency.SOON,
                null,
                "test"));
        return new Scene(request, districtName, calloutId, first, second, third);
    }

    @Test
    void asksBySmsInTheVolunteersLanguageAndAYesFillsTheNeedAndStandsDownTheOther() throws Exception {
        var s = scene("en");

        assertThat(calloutQueries.asks(s.calloutId()))
                .extracting(CalloutAsk::volunteerId)
                .as("SOON and one person: two asked in the first wave")
                .containsExactlyInAnyOrder(s.first().id(), s.second().id());
        var swedish = awaitSms(s.first().phone(), 1).get(0);
        assertThat(swedish)
                .startsWith("Samverka: Kan du hjälpa till? Handling i " + s.districtName())
                .contains("kl 10:00–12:00")
                .contains(String.valueOf(s.request().date().getDayOfMonth()))
                .contains("Svara JA eller NEJ.\n"); // then the municipality's signature (notification/MailText)
        var english = awaitSms(s.second().phone(), 1).get(0);
        assertThat(english)
                .startsWith("Samverka: Can you help? Shopping in " + s.districtName())
                .contains("10:00–12:00")
                .contains("Reply YES or NO");
        provider.verify(postRequestedFor(urlEqualTo("/a1/sms"))
                .withFormParam("to", equalTo(s.first().phone()))
                .withFormParam("from", equalTo("Ekero")));

        var yes = providerId();
        mvc.perform(sms(yes, s.first().phone(), "Ja, jag kan!")).andExpect(status().isOk());
        settle();

        assertThat(askStatus(s.calloutId(), s.first().id())).isEqualTo("ACCEPTED");
        assertThat(askStatus(s.calloutId(), s.second().id())).isEqualTo("STOOD_DOWN");
        assertThat(calloutStatus(s.calloutId())).isEqualTo("FILLED");
        assertThat(activeAssignee(s.request().id())).containsExactly(s.first().id());
        assertThat(awaitSms(s.first().phone(), 2).get(1)).startsWith("Samverka: Tack! Uppdraget (Handling,");
        assertThat(awaitSms(s.second().phone(), 2).get(1)).startsWith("Samverka: Thank you! The need (Shopping,");
        var sentBefore = provider.getAllServeEvents().size();

        // the provider delivers the same message again: nothing happens
        mvc.perform(sms(yes, s.first().phone(), "Ja, jag kan!")).andExpect(status().isOk());
        settle();
        assertThat(inboundRows(yes)).isEqualTo(1);
        assertThat(outboxCount(s.first().phone())).isEqualTo(2);
        assertThat(outboxCount(s.second().phone())).isEqualTo(2);

        // the stood-down volunteer says yes late: one polite answer, nothing else
        mvc.perform(sms(providerId(), s.second().phone(), "JA")).andExpect(status().isOk());
        settle();
        assertThat(awaitSms(s.second().phone(), 3).get(2)).startsWith("Samverka: Thank you for answering! The need");
        mvc.perform(sms(providerId(), s.second().phone(), "JA")).andExpect(status().isOk());
        settle();
        assertThat(outboxCount(s.second().phone()))
                .as("a second late yes sends nothing more")
                .isEqualTo(3);
        assertThat(askStatus(s.calloutId(), s.second().id())).isEqualTo("STOOD_DOWN");
        assertThat(activeAssignee(s.request().id())).containsExactly(s.first().id());
        assertThat(calloutStatus(s.calloutId())).isEqualTo("FILLED");
        assertThat(askCount(s.calloutId())).isEqualTo(2);
        awaitAllSent(s.first().phone(), s.second().phone());
        assertThat(provider.getAllServeEvents())
                .as("only the one late reply went out")
                .hasSize(sentBefore + 1);
        assertThat(smsTo(s.first().phone())).hasSize(2);
    }

    @Test
    void aNoIsRecordedAndTheNextWaveGoesOutAtOnce() throws Exception {
        var s = scene("sv");
        awaitSms(s.first().phone(), 1);

        mvc.perform(sms(providerId(), s.first().phone(), "nej")).andExpect(status().isOk());
        settle();

        assertThat(askStatus(s.calloutId(), s.first().id())).isEqualTo("DECLINED");
        assertThat(askStatus(s.calloutId(), s.second().id())).isEqualTo("PENDING");
        assertThat(askStatus(s.calloutId(), s.third().id()))
                .as("asked in the next wave, at once")
                .isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT channel FROM callout_ask WHERE callout_id = ? AND volunteer_id = ?")
                        .params(s.calloutId(), s.third().id())
                        .query(String.class)
                        .single())
                .isEqualTo("EMAIL");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND dedupe_key LIKE 'callout-asked:%'")
                        .param(s.third().email())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(awaitSms(s.first().phone(), 2).get(1))
                .startsWith("Samverka: Tack för svaret! Vi frågar någon annan.");
        assertThat(calloutStatus(s.calloutId())).isEqualTo("ACTIVE");
        assertThat(activeAssignee(s.request().id())).isEmpty();
    }

    @Test
    void aWrongSecretOrMalformedInputChangesNothing() throws Exception {
        var s = scene("sv");
        awaitSms(s.first().phone(), 1);
        var id = providerId();

        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .queryParam("secret", "fel")
                        .param("id", id)
                        .param("from", s.first().phone())
                        .param("to", "+46766861001")
                        .param("message", "JA"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("id", id)
                        .param("from", s.first().phone())
                        .param("to", "+46766861001")
                        .param("message", "JA"))
                .andExpect(status().isUnauthorized());
        mvc.perform(sms(id, "inte ett nummer", "JA")).andExpect(status().isBadRequest());
        mvc.perform(sms(id, s.first().phone(), "J".repeat(1601))).andExpect(status().isBadRequest());
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .queryParam("secret", SECRET)
                        .param("from", s.first().phone())
                        .param("message", "JA"))
                .andExpect(status().isBadRequest());
        settle();

        assertThat(inboundRows(id)).isZero();
        assertThat(askStatus(s.calloutId(), s.first().id())).isEqualTo("PENDING");
        assertThat(calloutStatus(s.calloutId())).isEqualTo("ACTIVE");
        assertThat(activeAssignee(s.request().id())).isEmpty();
        assertThat(outboxCount(s.first().phone())).isEqualTo(1);
    }

    @Test
    void anSmsFromAnUnknownNumberChangesNothing() throws Exception {
        var s = scene("sv");
        awaitSms(s.first().phone(), 1);
        var stranger = CalloutSmsFixtures.uniqueNumber();
        var id = providerId();

        mvc.perform(sms(id, stranger, "JA")).andExpect(status().isOk());
        settle();

        assertThat(inboundRows(id)).as("kept for a person to read").isEqualTo(1);
        assertThat(askStatus(s.calloutId(), s.first().id())).isEqualTo("PENDING");
        assertThat(askStatus(s.calloutId(), s.second().id())).isEqualTo("PENDING");
        assertThat(askCount(s.calloutId())).isEqualTo(2);
        assertThat(calloutStatus(s.calloutId())).isEqualTo("ACTIVE");
        assertThat(activeAssignee(s.request().id())).isEmpty();
        assertThat(outboxCount(stranger)).isZero();
    }

    @Test
    void aReplyFromANumberTwoVolunteersShareAnswersThePendingAsk() throws Exception {
        var shared = CalloutSmsFixtures.uniqueNumber();
        var first = districts.save(null, "Delaholmen " + System.nanoTime(), 650000, 6580000, 980, Set.of());
        var anna = CalloutSmsFixtures.volunteer(jdbc, 1, "Anna Delar", first, "SMS", "sv", shared);
        var other = CalloutSmsFixtures.volunteer(jdbc, 2, "Olle Annan", first, "SMS", "sv");
        var earlier = start(helpRequests.submit(shopping(first), "test"), first);
        mvc.perform(sms(providerId(), other.phone(), "ja")).andExpect(status().isOk());
        settle();
        assertThat(askStatus(earlier, anna.id())).isEqualTo("STOOD_DOWN");

        var second = districts.save(null, "Delaholmen " + System.nanoTime(), 660000, 6590000, 981, Set.of());
        var bengt = CalloutSmsFixtures.volunteer(jdbc, 3, "Bengt Delar", second, "SMS", "sv", shared);
        var request = helpRequests.submit(shopping(second), "test");
        var now = start(request, second);
        assertThat(askStatus(now, bengt.id())).isEqualTo("PENDING");

        mvc.perform(sms(providerId(), shared, "Ja!")).andExpect(status().isOk());
        settle();

        assertThat(askStatus(now, bengt.id()))
                .as("the pending ask is the one answered")
                .isEqualTo("ACCEPTED");
        assertThat(activeAssignee(request.id())).containsExactly(bengt.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM contact_log WHERE volunteer_id = ? AND entry = 'LATE_REPLY'")
                        .param(anna.id())
                        .query(Integer.class)
                        .single())
                .as("no late reply for the old ask")
                .isZero();
    }

    @Test
    void aNeedWithoutAnEndTimeSaysOnlyWhenItStarts() {
        var district = districts.save(null, "Startholmen " + System.nanoTime(), 650000, 6580000, 982, Set.of());
        var volunteer = CalloutSmsFixtures.volunteer(jdbc, 1, "Tove Tid", district, "SMS", "sv");
        var request = helpRequests.submit(shopping(district), "test");
        callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                new Need(request.kind(), district, request.date(), request.timeFrom(), null, null, 1),
                Urgency.SOON,
                null,
                "test"));

        assertThat(awaitSms(volunteer.phone(), 1).get(0))
                .contains(" kl 10:00. Svara JA eller NEJ.")
                .doesNotContain("–.");
    }

    private UUID start(HelpRequest request, String district) {
        return callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                new Need(request.kind(), district, request.date(), request.timeFrom(), request.timeTo(), null, 1),
                Urgency.SOON,
                null,
                "test"));
    }

    private static NewHelpRequest shopping(String district) {
        return new NewHelpRequest(
                "Dagny Dator",
                PhoneNumber.of("08-560 391 00"),
                "Bryggvägen 3",
                district,
                HelpKind.SHOPPING,
                "Mjölk och bröd",
                java.time.LocalDate.now().plusDays(2),
                java.time.LocalTime.of(10, 0),
                java.time.LocalTime.of(12, 0),
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

    private static MockHttpServletRequestBuilder sms(String id, String from, String message) {
        return post("/webhooks/sms")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .queryParam("secret", SECRET)
                .param("id", id)
                .param("from", from)
                .param("to", "+46766861001")
                .param("message", message)
                .param("created", "2026-11-30T08:41:04.412000");
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

    /** The texts the provider got for the number, oldest first, once there are at least {@code count}. */
    private List<String> awaitSms(String phone, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> smsTo(phone).size() >= count);
        return smsTo(phone);
    }

    private List<String> smsTo(String phone) {
        return provider.findAll(postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("to", equalTo(phone))).stream()
                .sorted(java.util.Comparator.comparing(r -> r.getLoggedDate()))
                .map(r -> form(r.getBodyAsString(), "message"))
                .toList();
    }

    private void awaitAllSent(String... phones) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql(
                                        "SELECT COUNT(*) FROM outbox_message WHERE recipient IN (:phones) AND status <> 'SENT'")
                                .param("phones", List.of(phones))
                                .query(Integer.class)
                                .single()
                        == 0);
    }

    private static String form(String body, String name) {
        return Arrays.stream(body.split("&"))
                .map(p -> p.split("=", 2))
                .filter(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8).equals(name))
                .map(p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
    }

    private String askStatus(UUID calloutId, UUID volunteerId) {
        return jdbc.sql("SELECT status FROM callout_ask WHERE callout_id = ? AND volunteer_id = ?")
                .params(calloutId, volunteerId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private int askCount(UUID calloutId) {
        return jdbc.sql("SELECT COUNT(*) FROM callout_ask WHERE callout_id = ?")
                .param(calloutId)
                .query(Integer.class)
                .single();
    }

    private String calloutStatus(UUID calloutId) {
        return jdbc.sql("SELECT status FROM callout WHERE id = ?")
                .param(calloutId)
                .query(String.class)
                .single();
    }

    private List<UUID> activeAssignee(UUID requestId) {
        return jdbc.sql("SELECT volunteer_id FROM assignment WHERE active_request_id = ?")
                .param(requestId)
                .query(UUID.class)
                .list();
    }

    private int outboxCount(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?")
                .param(recipient)
                .query(Integer.class)
                .single();
    }

    private int inboundRows(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_sms WHERE provider_id = ?")
                .param(providerId)
                .query(Integer.class)
                .single();
    }

    private static String providerId() {
        return "s" + UUID.randomUUID().toString().replace("-", "");
    }
}
