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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.CalloutClosings;
import se.samverka.callout.SubjectType;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PhoneNumber;

/**
 * Referral of a resident's request to associations. Nothing is shared without the resident's recorded consent.
 * While offers are open the request is ASSIGNED (out of the volunteers' queue); the first organisation to accept
 * gets it and the other offers are withdrawn; when nobody accepts in time it returns to the queue.
 */
@Service
public class Referrals {

    private final ReferralRepository repository;
    private final ReferralDeadline deadline;
    private final HelpRequests helpRequests;
    private final Organisations organisations;
    private final Districts districts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<Void> deadlineTask;
    private final Clock clock;

    private final CalloutClosings calloutClosings;
    private final Consents consents;

    Referrals(
            ReferralRepository repository,
            ReferralDeadline deadline,
            HelpRequests helpRequests,
            Organisations organisations,
            Districts districts,
            ApplicationEventPublisher events,
            ObjectProvider<SchedulerClient> scheduler,
            OneTimeTask<Void> referralDeadlineTask,
            Clock clock,
            CalloutClosings calloutClosings,
            Consents consents) {
        this.consents = consents;
        this.calloutClosings = calloutClosings;
        this.repository = repository;
        this.deadline = deadline;
        this.helpRequests = helpRequests;
        this.organisations = organisations;
        this.districts = districts;
        this.events = events;
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
                withdrawn(referral, false);
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
        var districtName =
                districts.find(request.districtId()).map(d -> d.name()).orElse(request.districtId());
        for (var organisation : chosen) {
            var id = UUID.randomUUID();
            repository.insert(id, requestId, organisation.id(), summary.strip(), actor, now, due);
            events.publishEvent(new ReferralOffered(
                    id,
                    organisation.id(),
                    organisation.name(),
                    recipients(organisation),
                    request.kind(),
                    districtName,
                    request.date(),
                    request.timeFrom(),
                    request.timeTo(),
                    due));
            var client = scheduler.getIfAvailable();
            if (client != null) {
                client.scheduleIfNotExists(deadlineTask.instance(id.toString()), due);
            }
        }
        return OfferOutcome.OFFERED;
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
                withdrawn(other, true);
            }
        }
        var request = helpRequests.find(referral.requestId()).orElseThrow();
        helpRequests.note(request.id(), actor, "REFERRAL_ACCEPTED", organisation.name());
        var mobile = mobile(request);
        helpRequests.note(
                request.id(),
                ReferralDeadline.SYSTEM,
                mobile == null ? "REFERRAL_CALL_RESIDENT" : "REFERRAL_RESIDENT_TOLD",
                organisation.name());
        events.publishEvent(new ReferralAccepted(
                referralId,
                request.id(),
                request.number(),
                organisation.name(),
                mobile,
                request.kind(),
                request.date(),
                request.language()));
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
        if (!repository.close(referralId, ReferralStatus.DECLINED, actor, blankToNull(reason), now)) {
            return AnswerOutcome.ALREADY_ANSWERED;
        }
        var organisation = organisations.find(organisationId).orElseThrow();
        var detail = organisation.name() + (blankToNull(reason) == null ? "" : ": " + reason.strip());
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
                withdrawn(referral, false);
            } else if (referral.status() == ReferralStatus.ACCEPTED) {
                withdrawn(referral, false);
            }
        }
    }

    /** The referral if it belongs to the organisation; otherwise not found, as if it did not exist. */
    private Referral own(UUID referralId, UUID organisationId) {
        return repository
                .find(referralId)
                .filter(r -> r.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("Referral"));
    }

    private void withdrawn(Referral referral, boolean takenByOther) {
        var organisation = organisations.find(referral.organisationId()).orElseThrow();
        var request = helpRequests.find(referral.requestId()).orElseThrow();
        events.publishEvent(new ReferralWithdrawn(
                referral.id(),
                organisation.name(),
                recipients(organisation),
                request.kind(),
                request.date(),
                takenByOther));
    }

    /** The members, or the organisation's own address when it has none yet. */
    private List<Recipient> recipients(Organisation organisation) {
        var members = organisations.memberAddresses(organisation.id()).stream()
                .map(m -> new Recipient(m.email(), m.locale()))
                .toList();
        return members.isEmpty() ? List.of(new Recipient(organisation.email(), "sv")) : members;
    }

    private static String mobile(HelpRequest request) {
        try {
            return PhoneNumber.mobile(request.residentPhone().e164()).e164();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
