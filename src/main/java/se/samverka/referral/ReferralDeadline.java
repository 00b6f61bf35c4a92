package se.samverka.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;

/**
 * Ends offers nobody answered in time, and returns a request to the municipality's queue when no organisation
 * is left that could still take it. The history line this writes puts it on the coordinators' attention list.
 */
@Component
class ReferralDeadline {

    static final String SYSTEM = "Samverka";

    private final ReferralRepository repository;
    private final HelpRequests helpRequests;

    ReferralDeadline(ReferralRepository repository, HelpRequests helpRequests) {
        this.repository = repository;
        this.helpRequests = helpRequests;
    }

    /** The deadline task of one offer, run at its deadline; does nothing when the offer was answered. */
    @Transactional
    boolean expire(UUID referralId, Instant now) {
        var referral = repository.find(referralId).orElse(null);
        if (referral == null) {
            return false;
        }
        var all = repository.lockOfRequest(referral.requestId());
        var expired = all.stream()
                .filter(r -> r.status() == ReferralStatus.OFFERED && !now.isBefore(r.deadline()))
                .filter(r -> repository.close(r.id(), ReferralStatus.EXPIRED, SYSTEM, null, now))
                .toList();
        if (expired.isEmpty()) {
            return false;
        }
        returnIfNoneLeft(referral.requestId(), "REFERRAL_EXPIRED");
        return true;
    }

    /**
     * When no offer is open and none was accepted, the request goes back to the queue, with a history line that
     * says why ({@code action}).
     */
    void returnIfNoneLeft(UUID requestId, String action) {
        List<Referral> now = repository.ofRequest(requestId);
        var anyLeft = now.stream()
                .anyMatch(r -> r.status() == ReferralStatus.OFFERED || r.status() == ReferralStatus.ACCEPTED);
        if (anyLeft) {
            return;
        }
        var request = helpRequests.find(requestId).orElse(null);
        if (request == null || request.status() != HelpRequestStatus.ASSIGNED) {
            // closed by a coordinator meanwhile, or given to a volunteer: nothing to return
            return;
        }
        helpRequests.note(requestId, SYSTEM, action, null);
        helpRequests.returnToQueue(requestId, SYSTEM, null);
    }
}
