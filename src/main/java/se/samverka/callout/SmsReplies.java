package se.samverka.callout;

import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.shared.SmsAnswer;
import se.samverka.shared.SmsReplyReceived;
import se.samverka.volunteer.Volunteers;

/**
 * Links an SMS reply to the call-out it answers: of everyone with the sender's number, the pending SMS ask, or
 * else the newest one. JA takes the place while the need is open; after it was filled the volunteer gets a
 * polite thank-you instead. Replies that say neither yes nor no stay in the inbox for a person to read.
 */
@Component
class SmsReplies {

    private static final Logger log = LoggerFactory.getLogger(SmsReplies.class);

    /** A pending ask first, then the newest: people who share a phone must not answer each other's asks. */
    private static final Comparator<CalloutAsk> PENDING_THEN_NEWEST = Comparator.comparing(
                    (CalloutAsk ask) -> ask.status() != AskStatus.PENDING)
            .thenComparing(CalloutAsk::askedAt, Comparator.reverseOrder());

    private final Volunteers volunteers;
    private final CalloutAnswers calloutAnswers;
    private final CalloutReads reads;

    SmsReplies(Volunteers volunteers, CalloutAnswers calloutAnswers, CalloutReads reads) {
        this.volunteers = volunteers;
        this.calloutAnswers = calloutAnswers;
        this.reads = reads;
    }

    @ApplicationModuleListener
    void on(SmsReplyReceived reply) {
        if (reply.answer() == SmsAnswer.UNKNOWN) {
            log.info("SMS reply {} says neither yes nor no; left for a coordinator", reply.inboundId());
            return;
        }
        var ask = volunteers.byPhone(reply.fromE164()).stream()
                .flatMap(volunteer -> reads.latestSmsAsk(volunteer.id()).stream())
                .min(PENDING_THEN_NEWEST);
        if (ask.isEmpty()) {
            log.info("SMS reply {} matches no call-out ask", reply.inboundId());
            return;
        }
        var result = calloutAnswers.answer(ask.get().id(), reply.answer() == SmsAnswer.YES);
        log.info("SMS reply {} answered a call-out: {}", reply.inboundId(), result);
    }
}
