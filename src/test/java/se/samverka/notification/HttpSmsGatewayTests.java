package se.samverka.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;
import org.wiremock.spring.ConfigureWireMock;
import org.wiremock.spring.EnableWireMock;
import org.wiremock.spring.InjectWireMock;
import se.samverka.IntegrationTest;
import se.samverka.shared.PhoneNumber;

/**
 * SMS through a stand-in 46elks on a random port. The recurring sender is off in this context, so only the
 * test sends: each test drives the sender with its own clock, as in {@link OutboxSenderTests}.
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
class HttpSmsGatewayTests {

    static final Instant LATER = OutboxSenderTests.LATER;

    @InjectWireMock("sms")
    WireMockServer provider;

    @Autowired
    SmsGateway gateway;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRepository repository;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    NotificationProperties properties;

    @Autowired
    SmsProperties smsProperties;

    @Test
    void postsFormWithBasicAuthE164NumberAndSenderAndReturnsTheProvidersId() {
        var to = uniqueNumber();
        provider.stubFor(post("/a1/sms").willReturn(okJson("""
				{"status": "created", "direction": "outgoing", "id": "s17a6dafb12d6b1cabc053d57dac2b9d8",
				 "from": "Ekero", "to": "%s", "message": "Hej Åsa!", "parts": 1, "cost": 3500}""".formatted(to))));

        var sent = gateway.send(PhoneNumber.of(to), "Hej Åsa! Kan du hjälpa till?");

        assertThat(sent.providerMessageId()).isEqualTo("s17a6dafb12d6b1cabc053d57dac2b9d8");
        provider.verify(
                1,
                postRequestedFor(urlEqualTo("/a1/sms"))
                        .withBasicAuth(new BasicCredentials("api-user", "api-secret"))
                        .withHeader(
                                "Content-Type", equalToIgnoreCase("application/x-www-form-urlencoded;charset=UTF-8"))
                        .withFormParam("from", equalTo("Ekero"))
                        .withFormParam("to", equalTo(to))
                        .withFormParam("message", equalTo("Hej Åsa! Kan du hjälpa till?")));
    }

    @Test
    void failsWhenTheProviderAnswersWithAnError() {
        provider.stubFor(post("/a1/sms").willReturn(aResponse().withStatus(403).withBody("Not enough credits")));
        assertThatExceptionOfType(SmsNotSentException.class)
                .isThrownBy(() -> gateway.send(PhoneNumber.of(uniqueNumber()), "Hej"));
    }

    @Test
    void failsWhenTheProviderDoesNotAnswerInTime() {
        provider.stubFor(post("/a1/sms").willReturn(okJson("{\"id\": \"late\"}").withFixedDelay(3000)));
        assertThatExceptionOfType(SmsNotSentException.class)
                .isThrownBy(() -> gateway.send(PhoneNumber.of(uniqueNumber()), "Hej"));
    }

    @Test
    void triesAgainLaterAfterAProviderErrorAndSendsExactlyOnce() {
        var to = uniqueNumber();
        var id = UUID.randomUUID();
        repository.insertIfNew(
                id,
                OutgoingMessage.sms("test:" + id, to, "Utrop", "Kan du hjälpa till? Svara JA eller NEJ."),
                OutboxStatus.PENDING,
                LATER);
        provider.stubFor(post("/a1/sms").willReturn(aResponse().withStatus(500)));

        sender(LATER).sendOne(id);

        var failed = repository.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("SmsNotSentException").doesNotContain(to);

        provider.stubFor(post("/a1/sms").willReturn(okJson("{\"id\": \"s-ok\"}")));
        sender(LATER).sendOne(id);
        assertThat(repository.find(id).orElseThrow().attempts())
                .as("not due yet")
                .isEqualTo(1);

        var retry = failed.nextAttemptAt();
        sender(retry).sendOne(id);
        sender(retry.plusSeconds(60)).sendOne(id);

        var sent = repository.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(retry);
        provider.verify(2, postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("to", equalTo(to)));
    }

    @Test
    void queuesSmsAsPendingAndSendsItSoonAfterCommitWhenAProviderIsConfigured() {
        var to = uniqueNumber();
        provider.stubFor(post("/a1/sms").willReturn(okJson("{\"id\": \"s-soon\"}")));
        var key = "test:" + UUID.randomUUID();

        outbox.enqueue(OutgoingMessage.sms(key, to, "Utrop", "Hej"));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> provider.verify(
                        1, postRequestedFor(urlEqualTo("/a1/sms")).withFormParam("to", equalTo(to))));
    }

    private OutboxSender sender(Instant now) {
        return new OutboxSender(
                repository,
                mailSender,
                gateway,
                properties,
                smsProperties,
                new OutboxInstance("sms-tests"),
                Clock.fixed(now, ZoneId.of("Europe/Stockholm")),
                new DeliveryMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
    }

    /** A valid Swedish mobile number no other test uses. */
    static String uniqueNumber() {
        return "+4670" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    }
}
