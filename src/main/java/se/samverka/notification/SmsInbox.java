package se.samverka.notification;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.SmsReplyReceived;

/** Takes in SMS sent to Samverka: each provider message is stored and announced once. */
@Service
class SmsInbox {

    private final InboundSmsRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SmsInbox(InboundSmsRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the message and publishes {@link SmsReplyReceived}; a message the provider delivers again (same
     * id) changes nothing. Returns whether the message was new.
     */
    @Transactional
    boolean receive(InboundSms sms) {
        var id = UUID.randomUUID();
        var answer = SmsAnswerParser.parse(sms.message());
        var now = clock.instant();
        if (!repository.insertIfNew(id, sms, answer, now)) {
            return false;
        }
        events.publishEvent(new SmsReplyReceived(id, sms.from().e164(), answer, sms.providerId(), now, sms.message()));
        return true;
    }
}
