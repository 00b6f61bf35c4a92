package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.shared.SmsAnswer;
import se.samverka.shared.SmsReplyReceived;

/** The webhook 46elks posts incoming SMS to: the secret, the checks, one row and one event per message. */
@IntegrationTest
@RecordApplicationEvents
class SmsWebhookTests {

    static final String SECRET = TestSettings.SMS_WEBHOOK_SECRET;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void storesNewMessageWithItsAnswerAndPublishesOneEvent() throws Exception {
        var id = providerId();
        var from = HttpSmsGatewayTests.uniqueNumber();

        mvc.perform(sms(id, "0" + from.substring(3), "Ja!\n\nMvh Anna").queryParam("secret", SECRET))
                .andExpect(status().isOk())
                .andExpect(content().string(""));

        var row = jdbc.sql(
                        "SELECT id, from_number, message, answer, received_at FROM inbound_sms WHERE provider_id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {
                    rs.getObject("id", UUID.class),
                    rs.getString("from_number"),
                    rs.getString("message"),
                    rs.getString("answer"),
                    rs.getTimestamp("received_at")
                })
                .single();
        assertThat(row[1]).as("stored in E.164").isEqualTo(from);
        assertThat(row[2]).isEqualTo("Ja!\n\nMvh Anna");
        assertThat(row[3]).isEqualTo("YES");
        assertThat(row[4]).isNotNull();
        assertThat(replies(id)).singleElement().satisfies(event -> {
            assertThat(event.inboundId()).isEqualTo(row[0]);
            assertThat(event.fromE164()).isEqualTo(from);
            assertThat(event.answer()).isEqualTo(SmsAnswer.YES);
            assertThat(event.receivedAt()).isNotNull();
        });
    }

    @Test
    void acceptsTheSecretInAHeader() throws Exception {
        var id = providerId();
        mvc.perform(sms(id, HttpSmsGatewayTests.uniqueNumber(), "Nej tack").header("X-Samverka-Secret", SECRET))
                .andExpect(status().isOk());
        assertThat(rows(id)).isEqualTo(1);
        assertThat(replies(id))
                .singleElement()
                .extracting(SmsReplyReceived::answer)
                .isEqualTo(SmsAnswer.NO);
    }

    @Test
    void answersAReplayedMessageWithoutStoringOrPublishingItAgain() throws Exception {
        var id = providerId();
        var from = HttpSmsGatewayTests.uniqueNumber();
        mvc.perform(sms(id, from, "ja").queryParam("secret", SECRET)).andExpect(status().isOk());

        mvc.perform(sms(id, from, "ja").queryParam("secret", SECRET))
                .andExpect(status().isOk())
                .andExpect(content().string(""));

        assertThat(rows(id)).isEqualTo(1);
        assertThat(replies(id)).hasSize(1);
    }

    @Test
    void refusesAWrongOrMissingSecretWithoutSideEffects() throws Exception {
        var id = providerId();
        var from = HttpSmsGatewayTests.uniqueNumber();
        mvc.perform(sms(id, from, "ja").queryParam("secret", "gissat")).andExpect(status().isUnauthorized());
        mvc.perform(sms(id, from, "ja").header("X-Samverka-Secret", SECRET + "x"))
                .andExpect(status().isUnauthorized());
        mvc.perform(sms(id, from, "ja")).andExpect(status().isUnauthorized());

        assertThat(rows(id)).isZero();
        assertThat(replies(id)).isEmpty();
    }

    @Test
    void refusesMalformedMessagesWithoutSideEffects() throws Exception {
        var id = providerId();
        var from = HttpSmsGatewayTests.uniqueNumber();
        mvc.perform(sms(id, "inte ett nummer", "ja").queryParam("secret", SECRET))
                .andExpect(status().isBadRequest());
        mvc.perform(sms(id, from, "a".repeat(1601)).queryParam("secret", SECRET))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .queryParam("secret", SECRET)
                        .param("from", from)
                        .param("message", "ja"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .queryParam("secret", SECRET)
                        .param("id", id)
                        .param("message", "ja"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/webhooks/sms")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .queryParam("secret", SECRET)
                        .param("id", id)
                        .param("from", from))
                .andExpect(status().isBadRequest());

        assertThat(rows(id)).isZero();
        assertThat(replies(id)).isEmpty();
    }

    @Test
    void takesTheLongestAllowedMessage() throws Exception {
        var id = providerId();
        mvc.perform(sms(id, HttpSmsGatewayTests.uniqueNumber(), "a".repeat(1600))
                        .queryParam("secret", SECRET))
                .andExpect(status().isOk());
        assertThat(rows(id)).isEqualTo(1);
    }

    private static MockHttpServletRequestBuilder sms(String id, String from, String message) {
        return post("/webhooks/sms")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("id", id)
                .param("from", from)
                .param("to", "+46766861001")
                .param("message", message)
                .param("created", "2026-11-30T08:41:04.412000");
    }

    private List<SmsReplyReceived> replies(String providerId) {
        return events.stream(SmsReplyReceived.class)
                .filter(e -> e.providerMessageId().equals(providerId))
                .toList();
    }

    private int rows(String providerId) {
        return jdbc.sql("SELECT COUNT(*) FROM inbound_sms WHERE provider_id = ?")
                .param(providerId)
                .query(Integer.class)
                .single();
    }

    private static String providerId() {
        return "s" + UUID.randomUUID().toString().replace("-", "");
    }
}
