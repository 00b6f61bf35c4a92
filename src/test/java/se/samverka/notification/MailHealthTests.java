package se.samverka.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailHealthTests {

    @Test
    void unreachableMailServerIsShownWithTheErrorTypeOnly() throws IOException {
        var health = new MailHealth(sender(freePort()), properties(true), Duration.ofMinutes(1)).health();
        assertThat(health.getStatus()).isEqualTo(DeliveryHealth.UNREACHABLE);
        assertThat(health.getDetails().get("error").toString())
                .contains("MailConnectException")
                .doesNotContain("127.0.0.1")
                .doesNotContain("\tat ");
    }

    @Test
    void connectsAtMostOncePerIntervalAndAnswersFromTheLastCheckInBetween() {
        var greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        var port = greenMail.getSmtp().getPort();
        var cached = new MailHealth(sender(port), properties(true), Duration.ofMinutes(1));
        var uncached = new MailHealth(sender(port), properties(true), Duration.ZERO);
        try {
            assertThat(cached.health().getStatus()).isEqualTo(Status.UP);
            assertThat(uncached.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            greenMail.stop();
        }
        assertThat(cached.health().getStatus()).as("from the last check").isEqualTo(Status.UP);
        assertThat(uncached.health().getStatus()).as("checked again").isEqualTo(DeliveryHealth.UNREACHABLE);
    }

    @Test
    void withoutDeliveryTheMailServerIsNeverAsked() throws IOException {
        var health = new MailHealth(sender(freePort()), properties(false), Duration.ZERO).health();
        assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
    }

    private static JavaMailSenderImpl sender(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }

    private static NotificationProperties properties(boolean deliver) {
        return new NotificationProperties(
                "http://localhost:8080",
                "samverka@localhost",
                deliver,
                Duration.ofSeconds(1),
                "samordnare@localhost",
                3,
                Duration.ofMinutes(10),
                "");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
