package se.samverka.referral;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.CalloutClosings;
import se.samverka.callout.SubjectType;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.helprequest.HelpRequests;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;
import se.samverka.shared.PersonRef;

/**
 * Referral of a resident's request to associations. Nothing is shared without the resident's recorded consent.
 * While offers are open the request is ASSIGNED (out of the volunteers' queue); the first organisation to accept
 * gets it and the other offers are withdrawn ({@link ReferralAnswers}); when nobody accepts in time it returns to the
 * queue.
 */
@Service
public class Referrals {

    private final ReferralRepository repository;
    private final ReferralDeadline deadline;
    private final ReferralNotices notices;
    private final HelpRequests helpRequests;
    private final Organisations organisations;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Void> deadlineTask;
    private final Clock clock;

    private final CalloutClosings calloutClosings;
    private final Consents consents;

    Referrals(
            ReferralRepository repository,
            ReferralDeadline deadline,
            ReferralNotices notices,
            HelpRequests helpRequests,
            Organisations organisations,
            ObjectProvider<SchedulerClient> scheduler,
            OneTimeTask<Void> referralDeadlineTask,
            Clock clock,
            CalloutClosings calloutClosings,
            Consents consents) {
        this.consents = consents;
        this.calloutClosings = calloutClosings;
        this.repository = repository;
        this.deadline = deadline;
        this.notices = notices;
        this.helpRequests = helpRequests;
        this.organisations = organisations;
        this.scheduler = scheduler;
        this.deadlineTask = referralDeadlineTask;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Consent> consent(UUID requestId) {
        return repository.consent(requestId);
    }

    /** Every referral of the request, oldest first. */
    @Transactional(readOnly = true)
    List<Referral> ofRequest(UUID requestId) {
        return repository.ofRequest(requestId);
    }

    @Transactional(readOnly = true)
    Optional<Referral> find(UUID referralId) {
        return repository.find(referralId);
    }

    /**
     * The resident withdrew their consent to share: offers not yet answered are withdrawn (the associations are told)
     * and the request returns to the queue when no association has it. An association that already accepted keeps
     * the task it took on; the coordinator talks to it.
     */
    @Transactional
    void consentWithdrawn(UUID requestId) {
        var now = clock.instant();
        for (var referral : repository.lockOfRequest(requestId)) {
            if (referral.status() == ReferralStatus.OFFERED
                    && repository.close(referral.id(), ReferralStatus.WITHDRAWN, ReferralDeadline.SYSTEM, null, now)) {
                notices.withdrawn(referral, false);
            }
        }
        repository.deleteConsent(requestId);
        if (helpRequests.find(requestId).isPresent()) {
            helpRequests.note(requestId, ReferralDeadline.SYSTEM, "REFERRAL_CONSENT_WITHDRAWN", null);
            deadline.returnIfNoneLeft(requestId, "REFERRAL_CONSENT_WITHDRAWN");
        }
    }

    /** The organisation's open and accepted referrals, newest first. */
    @Transactional(readOnly = true)
    List<Referral> current(UUID organisationId) {
        return repository.current(organisationId);
    }

    /**
     * Offers the request to the organisations (one: a referral to that one), answer within {@code within}.
     * {@code newConsent} records the resident's consent when none is recorded yet; without any consent nothing
     * happens. Throws IllegalStatusChange when someone else changed the request meanwhile.
     */
    @Transactional
    OfferOutcome offer(
            UUID requestId,
            Collection<UUID> organisationIds,
            String summary,
            Duration within,
            ConsentMethod newConsent,
            String consentNote,
            String actor) {
        var consent = repository.consent(requestId);
        if (consent.isEmpty() && newConsent == null) {
            return OfferOutcome.NO_CONSENT;
        }
        var chosen = new ArrayList<Organisation>();
        for (var id : new LinkedHashSet<>(organisationIds)) {
            organisations.find(id).filter(Organisation::isApproved).ifPresent(chosen::add);
        }
        if (chosen.isEmpty() || chosen.size() != new LinkedHashSet<>(organisationIds).size()) {
            return OfferOutcome.NO_ORGANISATION;
        }
        var request = helpRequests.find(requestId).orElseThrow();
        if (!request.isAssignable()) {
            return OfferOutcome.NOT_ASSIGNABLE;
        }
        var earlier = repository.lockOfRequest(requestId);
        if (earlier.stream()
                .anyMatch(r -> r.status() == ReferralStatus.OFFERED || r.status() == ReferralStatus.ACCEPTED)) {
            return OfferOutcome.ALREADY_REFERRED;
        }
        var now = clock.instant();
        if (consent.isEmpty()) {
            repository.insertConsent(requestId, newConsent, blankToNull(consentNote), actor, now);
            consents.give(
                    PersonRef.resident(requestId),
                    ConsentPurpose.SHARE_WITH_ASSOCIATION,
                    consents.noticeVersion(),
                    actor);
            helpRequests.note(requestId, actor, "REFERRAL_CONSENT", blankToNull(consentNote));
        }
        var names = String.join(", ", chosen.stream().map(Organisation::name).toList());
        helpRequests.note(requestId, actor, "REFERRAL_OFFERED", names);
        // an association takes it from here: volunteers still asked in a call-out are told they are not needed
        calloutClosings.subjectClosed(SubjectType.HELP_REQUEST, requestId);
        helpRequests.markAssigned(requestId, actor, names);
        var due = now.plus(within);
        for (var organisation : chosen) {
            var id = UUID.randomUUID();
            repository.insert(id, request, organisation.id(), summary.strip(), actor, now, due);
            notices.offered(id, organisation, request, due);
            var client = scheduler.getIfAvailable();
            if (client != null) {
                client.scheduleIfNotExists(deadlineTask.instance(id.toString()), due);
            }
        }
        return OfferOutcome.OFFERED;
    }

    /**
     * The request was closed by the municipality: open offers are withdrawn, and the organisations asked, as well
     * as one that had accepted, are told it is no longer needed.
     */
    @Transactional
    void withdrawOpen(UUID requestId) {
        var now = clock.instant();
        for (var referral : repository.lockOfRequest(requestId)) {
            if (referral.status() == ReferralStatus.OFFERED
                    && repository.close(referral.id(), ReferralStatus.WITHDRAWN, ReferralDeadline.SYSTEM, null, now)) {
                notices.withdrawn(referral, false);
            } else if (referral.status() == ReferralStatus.ACCEPTED) {
                notices.withdrawn(referral, false);
            }
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
