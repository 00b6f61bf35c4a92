package se.samverka.helprequest;

import static se.samverka.helprequest.HelpRequestStatus.NEW;
import static se.samverka.helprequest.HelpRequestStatus.OPEN;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.shared.PhoneNumber;

/**
 * The one way to create requests and change their status. Every change is conditional on the status the
 * caller saw, so two coordinators (or a coordinator and a volunteer) can never both win, and every change
 * writes a line of history ({@link StatusChanges} does the changing).
 */
@Service
public class HelpRequests {

    private final HelpRequestRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RiskGroups riskGroups;
    private final RequestSearch search;
    private final ResidentLookup lookup;
    private final RequestOrigins origins;
    private final StatusChanges statusChanges;

    HelpRequests(
            HelpRequestRepository repository,
            ApplicationEventPublisher events,
            Clock clock,
            RiskGroups riskGroups,
            ResidentLookup lookup,
            RequestOrigins origins,
            RequestSearch search,
            StatusChanges statusChanges) {
        this.search = search;
        this.origins = origins;
        this.statusChanges = statusChanges;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
        this.riskGroups = riskGroups;
        this.lookup = lookup;
    }

    /**
     * Staff search: requests by number, part of the resident's or asker's name or of the address, or phone number
     * (whole, or four or more of its digits); newest first, at most {@code limit}. The encrypted risk-group answer
     * is not searched.
     */
    @Transactional(readOnly = true)
    public List<RequestHit> search(String text, int limit) {
        return search.search(text, Math.max(0, Math.min(limit, 200)));
    }

    /** Requests not yet closed (new, open, assigned) whose resident has this phone number, newest first. */
    @Transactional(readOnly = true)
    public List<RequestHit> openWithResidentPhone(PhoneNumber phone, int limit) {
        return search.openWithPhone(phone, Math.max(0, Math.min(limit, 200)));
    }

    /**
     * Requests whose resident, or whoever asked on their behalf, has a name containing the text or the phone number
     * typed (at most 200, newest first). For the data-protection officer's search of the audit log.
     */
    @Transactional(readOnly = true)
    public List<UUID> findIdsMatching(String text) {
        return lookup.idsMatching(text);
    }

    /**
     * Every request of the same resident as this one, itself included: its weekly series, and every request with
     * one of these phone numbers (E.164) as the resident's. For access and erasure requests.
     */
    @Transactional(readOnly = true)
    public List<UUID> requestsOfSameResident(UUID requestId, Collection<String> phones) {
        return lookup.sameResident(requestId, phones);
    }

    /** The resident's name and the request number for each of these requests; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, String> residentNamesOf(Collection<UUID> requestIds) {
        return lookup.namesOf(requestIds);
    }

    /** The district and creation time of each of these requests, for aggregates; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, RequestOrigin> originsOf(Collection<UUID> requestIds) {
        return origins.of(requestIds);
    }

    /** As {@link #submit(NewHelpRequest, String, boolean)} without a consent for risk-group data. */
    @Transactional
    public HelpRequest submit(NewHelpRequest request, String actor) {
        return submit(request, actor, false);
    }

    /**
     * Web requests wait as NEW for a coordinator; phone requests were triaged while taken, so they are OPEN. A
     * risk-group answer is stored (encrypted) only with {@code riskConsent}, which is then recorded as the
     * resident's consent; without it the whole request is refused with {@link RiskDataWithoutConsent}.
     */
    @Transactional
    public HelpRequest submit(NewHelpRequest request, String actor, boolean riskConsent) {
        if (request.riskGroup() != null && !riskConsent) {
            throw new RiskDataWithoutConsent();
        }
        var id = UUID.randomUUID();
        var number = repository.nextNumber();
        var status = request.channel() == Channel.PHONE ? OPEN : NEW;
        var now = clock.instant();
        repository.insert(id, number, UUID.randomUUID(), request, request.date(), status, now);
        riskGroups.store(id, request.riskGroup(), riskConsent, actor);
        repository.addHistory(
                id, now, actor, "SUBMITTED", null, status, request.channel().name());
        events.publishEvent(
                new HelpRequestSubmitted(id, number, request.districtId(), request.kind(), request.channel()));
        return repository.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<HelpRequest> find(UUID id) {
        return repository.find(id);
    }

    /** The requests of the day in the district that a volunteer has taken on, earliest first (the run sheet). */
    @Transactional(readOnly = true)
    public List<HelpRequest> assignedOn(java.time.LocalDate date, String districtId) {
        return repository.assignedOn(date, districtId);
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(UUID id) {
        return repository.history(id);
    }

    /** Open and new requests in these districts: the honest "how much need is there" figure. */
    @Transactional(readOnly = true)
    public int countWaitingIn(Collection<String> districtIds) {
        return repository.countActiveIn(districtIds);
    }

    /** A coordinator has looked at a web request and made it available for offers. */
    @Transactional
    public void open(UUID id, String actor) {
        statusChanges.open(id, actor);
    }

    /** A volunteer got the task. Fails if someone else got it first or the request was closed. */
    @Transactional
    public void markAssigned(UUID id, String actor, String detail) {
        statusChanges.markAssigned(id, actor, detail);
    }

    /** The assignee handed the task back: it returns to the queue. */
    @Transactional
    public void returnToQueue(UUID id, String actor, String reason) {
        statusChanges.returnToQueue(id, actor, reason);
    }

    @Transactional
    public void markDone(UUID id, String actor, String detail) {
        statusChanges.markDone(id, actor, detail);
    }

    /** Cancels this occurrence; a weekly series goes on unless {@code endSeries}. */
    @Transactional
    public void cancel(UUID id, String actor, String reason, boolean endSeries) {
        statusChanges.cancel(id, actor, reason, endSeries);
    }

    @Transactional
    public void markNotHelped(UUID id, String actor, String reason) {
        statusChanges.markNotHelped(id, actor, reason);
    }

    /** Adds a note to the history without changing the status. */
    @Transactional
    public void note(UUID id, String actor, String action, String detail) {
        repository.addHistory(id, clock.instant(), actor, action, null, null, detail);
    }

    /**
     * Replaces a person's name in the history of these requests, when the person leaves: the history of what
     * was done stays for the municipality's records, without saying who did it.
     */
    @Transactional
    public void anonymiseHistory(Collection<UUID> requestIds, String name, String replacement) {
        if (!requestIds.isEmpty() && name != null && !name.isBlank()) {
            repository.replaceNameInHistory(requestIds, name, replacement);
        }
    }
}
