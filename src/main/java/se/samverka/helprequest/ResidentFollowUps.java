package se.samverka.helprequest;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PhoneNumber;
import se.samverka.shared.SmsAnswer;
import se.samverka.shared.SmsReplyReceived;

/**
 * Asking a resident by SMS whether they got help, once the request is done, and reading their answer: a yes is
 * recorded as their confirmation, a no as not helped and puts the request on the coordinators' attention list.
 * Replies from numbers without an open question are left to others (volunteers answering call-outs).
 */
@Service
class ResidentFollowUps {

    /** The history actor for answers that came by SMS; also the detail that tells them from answers typed in. */
    static final String SMS = "SMS";

    private static final Logger log = LoggerFactory.getLogger(ResidentFollowUps.class);

    private final ResidentFollowUpRepository repository;
    private final HelpRequests helpRequests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidentFollowUps(
            ResidentFollowUpRepository repository,
            HelpRequests helpRequests,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.helpRequests = helpRequests;
        this.events = events;
        this.clock = clock;
    }

    /** What may happen for the request: asked already, possible, or not (not done, or no mobile number). */
    enum Outcome {
        ASKED,
        ALREADY_ASKED,
        NOT_POSSIBLE
    }

    /** The resident's mobile number if the request is done and they can get an SMS. */
    static Optional<PhoneNumber> mobileIfDone(HelpRequest request) {
        if (request.status() != HelpRequestStatus.DONE) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumber.mobile(request.residentPhone().e164()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Transactional
    Outcome ask(UUID requestId, String actor) {
        var request = helpRequests.find(requestId).orElseThrow(() -> new NotFoundException("Help request"));
        var phone = mobileIfDone(request);
        if (phone.isEmpty()) {
            return Outcome.NOT_POSSIBLE;
        }
        if (!repository.insertIfNew(requestId, phone.get().e164(), clock.instant())) {
            return Outcome.ALREADY_ASKED;
        }
        helpRequests.note(requestId, actor, "FOLLOW_UP_ASKED", null);
        events.publishEvent(new ResidentFollowUpAsked(
                requestId, request.number(), phone.get().e164(), request.kind(), request.date()));
        return Outcome.ASKED;
    }

    @Transactional(readOnly = true)
    Optional<ResidentFollowUp> find(UUID requestId) {
        return repository.find(requestId);
    }

    @ApplicationModuleListener
    void on(SmsReplyReceived reply) {
        var open = repository.openFor(reply.fromE164());
        if (open.isEmpty()) {
            return;
        }
        if (reply.answer() == SmsAnswer.UNKNOWN) {
            log.info(
                    "SMS reply {} to a follow-up says neither yes nor no; kept as the resident's feedback",
                    reply.inboundId());
            events.publishEvent(new ResidentFollowUpReplied(
                    open.get(), reply.inboundId(), false, reply.text(), reply.receivedAt()));
            return;
        }
        var yes = reply.answer() == SmsAnswer.YES;
        if (repository.answer(open.get(), yes ? "YES" : "NO", reply.receivedAt())) {
            helpRequests.note(open.get(), SMS, yes ? "RESIDENT_CONFIRMED" : "RESIDENT_NOT_HELPED", SMS);
            if (!yes) {
                events.publishEvent(new ResidentFollowUpReplied(
                        open.get(), reply.inboundId(), true, reply.text(), reply.receivedAt()));
            }
            log.info("SMS reply {} answered the follow-up of a request: {}", reply.inboundId(), reply.answer());
        }
    }
}
