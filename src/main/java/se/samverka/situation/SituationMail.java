package se.samverka.situation;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.notification.Outbox;
import se.samverka.notification.OutgoingMessage;

/**
 * The e-mail to the krisledning's address ({@link ReportRecipient}) for each new report, through the outbox (once per report: its dedupe key),
 * in Swedish, with a link to the report. No PDF is attached: the outbox sends text only.
 */
@Component
class SituationMail {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Outbox outbox;
    private final MessageSource messages;
    private final SituationProperties properties;
    private final ReportRecipient recipient;
    private final String baseUrl;

    SituationMail(
            Outbox outbox,
            MessageSource messages,
            SituationProperties properties,
            ReportRecipient recipient,
            @Value("${samverka.notification.base-url:}") String baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.recipient = recipient;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void send(Report report) {
        var to = recipient.current();
        if (to.isBlank()) {
            return;
        }
        var zone = properties.zone();
        var link = baseUrl + "/samordning/lagesrapport/" + report.id();
        outbox.enqueue(OutgoingMessage.email(
                "situation-report:" + report.id(),
                to,
                messages.getMessage("situation.mail.subject", new Object[] {report.crisisName()}, SWEDISH),
                messages.getMessage(
                        "situation.mail.body",
                        new Object[] {
                            report.crisisName(),
                            TIME.format(report.periodFrom().atZone(zone)),
                            TIME.format(report.periodTo().atZone(zone)),
                            link,
                            link + "/lagesrapport.pdf"
                        },
                        SWEDISH)));
    }
}
