package se.samverka.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.ShiftNoLongerOpen;
import se.samverka.effort.SignupMode;
import se.samverka.organisation.OrganisationTestData;
import se.samverka.referral.ReferralOffered;
import se.samverka.shared.HelpKind;

/**
 * Webhook deliveries against a stand-in receiver. The context is notification.HttpSmsGatewayTests' (the same
 * WireMock server and settings, so no new Spring context): its scheduler is off, so only the test sends, each
 * attempt at a moment the test chooses.
 */
@IntegrationTest
@EnableWireMock(@ConfigureWireMock(name = "sms", baseUrlProperties = "samverka.notification.sms.url"))
@TestPropertySource(
        properties = {
            "db-scheduler.enabled=false",
            "samverka.notification.sms.username=api-user",
            "samverka.notification.sms.password=api-secret",
            "samverka.notification.sms.sender=Ekero",
            "samverka.notification.sms.read-timeout=2s"
        })
class WebhookDeliveryTests {

    @InjectWireMock("sms")
    WireMockServer receiver;

    @Autowired
    Webhooks webhooks;

    @Autowired
    WebhookSender sender;

    @Autowired
    WebhookListeners listeners;

    @Autowired
    WebhookRepository repository;

    @Autowired
    WebhookProperties properties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    Efforts efforts;

    private UUID organisation;
    private String path;

    @BeforeEach
    void receiver() {
        organisation = OrganisationTestData.approvedOrganisation(jdbc, "Krokföreningen " + UUID.randomUUID());
        path = "/hooks/" + UUID.randomUUID();
    }

    @Test
    void aDeliveryIsSignedWithHmacOverTimestampAndBodyAndVerifies() {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(204)));
        var registered = register(EnumSet.of(WebhookEvent.SHIFT_FILLED));
        assertThat(webhooks.sendTest(organisation, registered.id())).isTrue();
        var delivery = onlyDelivery(registered.id());
        var now = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);

        sender.sendOne(delivery.id(), now);

        var request = receiver.findAll(postRequestedFor(urlEqualTo(path))).get(0);
        var body = request.getBodyAsString();
        var header = request.getHeader("Samverka-Signature");
        assertThat(header).startsWith("t=" + now.getEpochSecond() + ",v1=");
        assertThat(verifies(registered.secret(), header, body)).isTrue();
        assertThat(verifies(registered.secret(), header, body.replace("test", "tset")))
                .as("a changed body does not verify")
                .isFalse();
        assertThat(verifies("whsec_other", header, body)).isFalse();
        assertThat(request.getHeader("Samverka-Event")).isEqualTo("test");
        assertThat(body).contains("\"type\":\"test\"", organisation.toString());
        var after = repository.delivery(delivery.id()).orElseThrow();
        assertThat(after.status()).isEqualTo("DELIVERED");
        assertThat(after.lastStatus()).isEqualTo(204);
        assertThat(after.attempts()).isEqualTo(1);
    }

    @Test
    void triesAgainWithAGrowingWaitAfter500sThenSucceeds() {
        receiver.stubFor(post(path)
                .inScenario(path)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("second"));
        receiver.stubFor(post(path)
                .inScenario(path)
                .whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("third"));
        receiver.stubFor(post(path)
                .inScenario(path)
                .whenScenarioStateIs("third")
                .willReturn(aResponse().withStatus(200)));
        var registered = register(EnumSet.of(WebhookEvent.SHIFT_FILLED));
        webhooks.sendTest(organisation, registered.id());
        var id = onlyDelivery(registered.id()).id();
        var now = Instant.now().plusMillis(2).truncatedTo(ChronoUnit.MILLIS);

        sender.sendOne(id, now);
        var first = repository.delivery(id).orElseThrow();
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.lastStatus()).isEqualTo(500);
        assertThat(first.nextAttemptAt()).isEqualTo(now.plus(properties.retryDelay()));

        sender.sendOne(id, now.plusSeconds(1));
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path))))
                .as("not due yet")
                .hasSize(1);

        sender.sendOne(id, first.nextAttemptAt());
        var second = repository.delivery(id).orElseThrow();
        assertThat(second.lastStatus()).isEqualTo(503);
        assertThat(Duration.between(first.nextAttemptAt(), second.nextAttemptAt()))
                .as("the wait doubles")
                .isEqualTo(properties.retryDelay().multipliedBy(2));

        sender.sendOne(id, second.nextAttemptAt());
        var third = repository.delivery(id).orElseThrow();
        assertThat(third.status()).isEqualTo("DELIVERED");
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).hasSize(3);
    }

    @Test
    void givesUpAfterTheLastAttemptAndMarksTheDeliveryFailed() {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(502)));
        var registered = register(EnumSet.of(WebhookEvent.SHIFT_FILLED));
        webhooks.sendTest(organisation, registered.id());
        var id = onlyDelivery(registered.id()).id();
        var at = Instant.now();
        for (var i = 0; i < properties.maxAttempts(); i++) {
            sender.sendOne(id, at);
            var next = repository.delivery(id).orElseThrow().nextAttemptAt();
            at = next == null ? at : next;
        }
        var failed = repository.delivery(id).orElseThrow();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
        assertThat(failed.nextAttemptAt()).isNull();
    }

    @Test
    void aRedeliveredEventGivesExactlyOneDeliveryPerEndpoint() {
        var wants = register(EnumSet.of(WebhookEvent.SHIFT_CANCELLED, WebhookEvent.REFERRAL_OFFERED));
        var other = register(EnumSet.of(WebhookEvent.SHIFT_FILLED));
        var shift = shift();
        var event = new ShiftNoLongerOpen(shift, false, UUID.randomUUID(), Instant.now());

        listeners.deliver(event);
        listeners.deliver(event);

        assertThat(repository.countDeliveries(wants.id())).isEqualTo(1);
        assertThat(repository.countDeliveries(other.id())).as("not subscribed").isZero();
        var payload = onlyDelivery(wants.id()).payload();
        assertThat(payload).contains("\"type\":\"shift.cancelled\"", shift.toString());

        var offered = new ReferralOffered(
                UUID.randomUUID(),
                organisation,
                "Krokföreningen",
                List.of(),
                HelpKind.SHOPPING,
                "Ekerö",
                LocalDate.now(),
                LocalTime.NOON,
                LocalTime.of(13, 0),
                Instant.now().plusSeconds(3600));
        listeners.deliver(offered);
        listeners.deliver(offered);
        assertThat(repository.countDeliveries(wants.id())).isEqualTo(2);
    }

    @Test
    void aCancelledShiftReachesTheEndpointThroughThePublishedEvent() {
        var wants = register(EnumSet.of(WebhookEvent.SHIFT_CANCELLED));
        var shift = shift();

        efforts.cancelShift(shift);

        await().atMost(Duration.ofSeconds(10)).until(() -> repository.countDeliveries(wants.id()) == 1);
        assertThat(onlyDelivery(wants.id()).payload()).contains(shift.toString());
    }

    @Test
    void aDisabledEndpointGetsNothingMore() {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));
        var registered = register(EnumSet.of(WebhookEvent.SHIFT_FILLED));
        webhooks.sendTest(organisation, registered.id());
        var id = onlyDelivery(registered.id()).id();
        assertThat(webhooks.disable(organisation, registered.id(), UUID.randomUUID()))
                .isTrue();

        sender.sendOne(id, Instant.now());

        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(path)))).isEmpty();
        assertThat(repository.delivery(id).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(webhooks.sendTest(organisation, registered.id())).isFalse();
    }

    /** The receiver's check as docs/api.md shows it. */
    static boolean verifies(String secret, String header, String body) {
        String t = null;
        String v1 = null;
        for (var part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        var expected = WebhookSignature.hmac(secret, t + "." + body);
        return java.security.MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), v1.getBytes(StandardCharsets.US_ASCII));
    }

    private Webhooks.Registered register(Set<WebhookEvent> events) {
        return webhooks.register(
                organisation, URI.create(receiver.baseUrl() + path), events, UUID.randomUUID(), "test");
    }

    private Delivery onlyDelivery(UUID endpoint) {
        var deliveries = repository.deliveries(endpoint, 0, 10);
        assertThat(deliveries).hasSize(1);
        return deliveries.get(0);
    }

    private UUID shift() {
        var district = districts.save(null, "Krokö " + System.nanoTime(), 650000, 6580000, 990, Set.of());
        var start = LocalDate.now();
        var effort = efforts.create(
                new Effort(
                        null,
                        organisation,
                        null,
                        "Krokinsats",
                        "Beskrivning",
                        "Alla",
                        start,
                        start.plusMonths(1),
                        "Kontakt",
                        "kontakt@example.se",
                        null,
                        EffortStatus.DRAFT,
                        List.of(district)),
                "test");
        efforts.publish(effort);
        return efforts.addShifts(
                        new Shift(
                                null,
                                effort,
                                "Pass",
                                start.plusDays(3),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                "Plats " + UUID.randomUUID(),
                                district,
                                1,
                                5,
                                null,
                                false,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(HelpKind.SHOPPING)),
                        0)
                .get(0);
    }
}
