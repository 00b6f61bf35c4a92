package se.samverka.referral;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * An organisation's answers to its offers: the first to accept gets the request, a decline may return it to the
 * queue, and the accepting organisation reports the help given. A referral of another organisation is not found.
 */
@Service
class ReferralAnswers {

    private final ReferralRepository repository;
    private final ReferralDeadline deadline;
    private final ReferralNotices notices;
    private final HelpRequests helpRequests;
    private final Organisations organisations;
    private final Clock clock;

    ReferralAnswers(
            ReferralRepository repository,
            ReferralDeadline deadline,
            ReferralNotices notices,
            HelpRequests helpRequests,
            Organisations organisations,
            Clock clock) {
        this.repository = repository;
        this.deadline = deadline;
        this.notices = notices;
        this.helpRequests = helpRequests;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The organisation accepts its offer: the first to accept gets the request, the others' offers are withdrawn
     * and they are told. The database refuses a second accepted organisation of the same request.
     */
    @Transactional
    AnswerOutcome accept(UUID referralId, UUID organisationId, String actor) {
        var referral = own(referralId, organisationId);
        var all = repository.lockOfRequest(referral.requestId());
        var current =
                all.stream().filter(r -> r.id().equals(referralId)).findFirst().orElseThrow();
        var now = clock.instant();
        if (current.status() == ReferralStatus.WITHDRAWN
                || all.stream().anyMatch(r -> r.status() == ReferralStatus.ACCEPTED)) {
            return AnswerOutcome.TAKEN_BY_OTHER;
        }
        if (current.status() == ReferralStatus.EXPIRED
                || current.status() == ReferralStatus.OFFERED && !current.isOpenAt(now)) {
            return AnswerOutcome.TOO_LATE;
        }
        if (!repository.accept(referralId, actor, now)) {
            return AnswerOutcome.ALREADY_ANSWERED;
        }
        var organisation = organisations.find(organisationId).orElseThrow();
        for (var other : all) {
            if (other.status() == ReferralStatus.OFFERED
                    && !other.id().equals(referralId)
                    && repository.close(other.id(), ReferralStatus.WITHDRAWN, ReferralDeadline.SYSTEM, null, now)) {
                notices.withdrawn(other, true);
            }
        }
        var request = helpRequests.find(referral.requestId()).orElseThrow();
        helpRequests.note(request.id(), actor, "REFERRAL_ACCEPTED", organisation.name());
        var mobile = ResidentMobile.of(request);
        helpRequests.note(
                request.id(),
                ReferralDeadline.SYSTEM,
                mobile == null ? "REFERRAL_CALL_RESIDENT" : "REFERRAL_RESIDENT_TOLD",
                organisation.name());
        notices.accepted(referralId, request, organisation, mobile);
        return AnswerOutcome.ACCEPTED;
    }

    /** The organisation declines; when it was the last open offer, the request returns to the queue. */
    @Transactional
    AnswerOutcome decline(UUID referralId, UUID organisationId, String actor, String reason) {
        var referral = own(referralId, organisationId);
        var all = repository.lockOfRequest(referral.requestId());
        var current =
                all.stream().filter(r -> r.id().equals(referralId)).findFirst().orElseThrow();
        var now = clock.instant();
        if (current.status() == ReferralStatus.WITHDRAWN) {
            return AnswerOutcome.TAKEN_BY_OTHER;
        }
        if (current.status() == ReferralStatus.EXPIRED
                || current.status() == ReferralStatus.OFFERED && !current.isOpenAt(now)) {
            return AnswerOutcome.TOO_LATE;
        }
        if (!repository.close(referralId, ReferralStatus.DECLINED, actor, Referrals.blankToNull(reason), now)) {
            return AnswerOutcome.ALREADY_ANSWERED;
        }
        var organisation = organisations.find(organisationId).orElseThrow();
        var detail = organisation.name() + (Referrals.blankToNull(reason) == null ? "" : ": " + reason.strip());
        helpRequests.note(referral.requestId(), actor, "REFERRAL_DECLINED", detail);
        deadline.returnIfNoneLeft(referral.requestId(), "REFERRAL_ALL_DECLINED");
        return AnswerOutcome.DECLINED;
    }

    /**
     * The accepting organisation reports the help given: the request is done. False when this organisation did
     * not accept it or the request is no longer assigned.
     */
    @Transactional
    boolean markDone(UUID referralId, UUID organisationId, String actor) {
        var referral = own(referralId, organisationId);
        var request = helpRequests.find(referral.requestId()).orElseThrow();
        if (referral.status() != ReferralStatus.ACCEPTED || request.status() != HelpRequestStatus.ASSIGNED) {
            return false;
        }
        var organisation = organisations.find(organisationId).orElseThrow();
        helpRequests.markDone(request.id(), actor, organisation.name());
        return true;
    }

    /** The referral if it belongs to the organisation; otherwise not found, as if it did not exist. */
    private Referral own(UUID referralId, UUID organisationId) {
        return repository
                .find(referralId)
                .filter(r -> r.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("Referral"));
    }
}
