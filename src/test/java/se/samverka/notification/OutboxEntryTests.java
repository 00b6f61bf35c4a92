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

    @Test
    void masksAStaffMembersSignInCodeButNotOtherNumbers() {
        var masked = entry("Här är koden för att logga in på Samverka:\n\n042917\n\nKoden gäller i 10 minuter."
                        + " Ring 08-124 571 00, ersättning 450 000 kr.")
                .maskedBody();
        assertThat(masked).doesNotContain("042917").contains(OutboxEntry.HIDDEN);
        assertThat(masked).contains("08-124 571 00", "450 000", "10 minuter");
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
