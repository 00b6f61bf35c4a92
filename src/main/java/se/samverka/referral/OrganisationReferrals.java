package se.samverka.referral;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;
import se.samverka.shared.PersonRef;

/**
 * The requests referred to one organisation, as that organisation sees them, for its workspace pages and for the
 * REST API (issue 18): the same list, the same view (the resident only after it accepted) and the same answers. A
 * referral of another organisation is not found.
 */
@Service
public class OrganisationReferrals {

    /** What came of an organisation's answer, as {@link AnswerOutcome}. */
    public enum Answer {
        ACCEPTED,
        DECLINED,
        TAKEN_BY_OTHER,
        TOO_LATE,
        ALREADY_ANSWERED
    }

    private final Referrals referrals;
    private final ReferralAnswers answers;
    private final HelpRequests helpRequests;
    private final Districts districts;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationReferrals(
            Referrals referrals,
            ReferralAnswers answers,
            HelpRequests helpRequests,
            Districts districts,
            AuditLog audit,
            Clock clock) {
        this.referrals = referrals;
        this.answers = answers;
        this.helpRequests = helpRequests;
        this.districts = districts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organisation's current referrals, as its workspace lists them. */
    @Transactional(readOnly = true)
    public List<ReferredRequest> current(UUID organisationId) {
        return referrals.current(organisationId).stream().map(this::view).toList();
    }

    /** One of the organisation's referrals; reading it is audited as the workspace's referral page is. */
    @Transactional
    public Optional<ReferredRequest> read(UUID organisationId, UUID referralId, String channel) {
        return own(organisationId, referralId).map(referral -> {
            audit.record(AuditAction.VIEW, PersonRef.resident(referral.requestId()), "referral.handling", channel);
            return view(referral);
        });
    }

    /** Accepts the organisation's referral; empty when it is not the organisation's. */
    @Transactional
    public Optional<Answer> accept(UUID organisationId, UUID referralId, String actor) {
        return own(organisationId, referralId)
                .map(r -> Answer.valueOf(
                        answers.accept(r.id(), organisationId, actor).name()));
    }

    /** Declines the organisation's referral with an optional reason (at most 500 characters, as on the web). */
    @Transactional
    public Optional<Answer> decline(UUID organisationId, UUID referralId, String actor, String reason) {
        return own(organisationId, referralId)
                .map(r -> Answer.valueOf(
                        answers.decline(r.id(), organisationId, actor, reason).name()));
    }

    private Optional<Referral> own(UUID organisationId, UUID referralId) {
        return referrals.find(referralId).filter(r -> r.organisationId().equals(organisationId));
    }

    /** What the organisation may see: the resident's details only after it accepted. */
    ReferredRequest view(Referral referral) {
        var request = helpRequests.find(referral.requestId()).orElseThrow();
        var accepted = referral.status() == ReferralStatus.ACCEPTED;
        var closed = request.status().isClosed();
        // like a volunteer's task: the resident's details only while the request is the organisation's to do
        var resident = accepted && !closed
                ? new ReferredRequest.Resident(
                        request.residentName(),
                        request.residentPhone().display(),
                        request.streetAddress(),
                        request.description().lines().toList())
                : null;
        return new ReferredRequest(
                referral.id(),
                request.number(),
                referral.status(),
                request.kind(),
                districts.find(request.districtId()).map(d -> d.name()).orElse(request.districtId()),
                request.date(),
                request.timeFrom(),
                request.timeTo(),
                referral.summary(),
                referral.deadline().atZone(clock.getZone()),
                resident,
                accepted && request.status() == HelpRequestStatus.ASSIGNED,
                accepted && closed);
    }
}
