package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxEntryTests {

    @Test
    void findsWebLinksInTheBodyWithoutTrailingPunctuationOrRepeats() {
        var entry = entry("""
				Svara här: https://samverka.example.se/erbjudande/abc-123.
				Eller logga in (http://localhost:8080/login), igen: http://localhost:8080/login
				Inte en länk: javascript:alert(1) eller ftp://example.se
				""");
        assertThat(entry.links())
                .containsExactly("https://samverka.example.se/erbjudande/abc-123", "http://localhost:8080/login");
    }

    @Test
    void hasNoLinksInPlainText() {
        assertThat(entry("Hej! Tack för hjälpen.").links()).isEmpty();
    }

    private static OutboxEntry entry(String body) {
        return new OutboxEntry(
                UUID.randomUUID(),
                Instant.now(),
                OutgoingMessage.Channel.EMAIL,
                "a@example.se",
                "Ämne",
                body,
                OutboxStatus.HELD,
                0,
                Instant.now(),
                null,
                null);
    }
}
