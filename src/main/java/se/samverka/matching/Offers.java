package se.samverka.matching;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.callout.AnswerTokens;
import se.samverka.callout.ContactEntry;
import se.samverka.callout.ContactLedger;
import se.samverka.callout.ContactSource;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.IllegalStatusChange;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/** Offers a task to chosen volunteers; the first to accept gets it. */
@Service
class Offers {

    private final HelpRequests helpRequests;
    private final Volunteers volunteers;
    private final Suggestions suggestions;
    private final Assignments assignments;
    private final OfferRepository offers;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ContactLedger ledger;

    Offers(
            HelpRequests helpRequests,
            Volunteers volunteers,
            Suggestions suggestions,
            Assignments assignments,
            OfferRepository offers,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ContactLedger ledger) {
        this.ledger = ledger;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.offers = offers;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Offers the request to those of the chosen volunteers who are still eligible (rules are checked again now,
     * not trusted from the page). Returns how many were asked.
     */
    @Transactional
    int offer(UUID requestId, Collection<UUID> volunteerIds, String actor) {
        var request = helpRequests.find(requestId).orElseThrow(() -> new NotFoundException("Help request"));
        if (!request.isAssignable()) {
            throw new IllegalStatusChange("Request is " + request.status());
        }
        return offerTo(request, suggestions.eligibleAmong(request, volunteerIds), actor);
    }

    private int offerTo(HelpRequest request, List<VolunteerProfile> chosen, String actor) {
        var requestId = request.id();
        if (chosen.isEmpty()) {
            return 0;
        }
        if (request.status() == se.samverka.helprequest.HelpRequestStatus.NEW) {
            helpRequests.open(requestId, actor);
        }
        ledger.lockForAsking();
        var now = clock.instant();
        var district = assignments.districtName(request);
        for (var volunteer : chosen) {
            var id = UUID.randomUUID();
            var token = AnswerTokens.newToken();
            offers.insert(id, requestId, volunteer.id(), AnswerTokens.hash(token), now);
            ledger.record(volunteer.id(), ContactEntry.ASK, "EMAIL", ContactSource.OFFER, id, now);
            events.publishEvent(new OfferMade(
                    id,
                    requestId,
                    volunteer.id(),
                    volunteer.email().value(),
                    volunteer.locale(),
                    token,
                    request.kind(),
                    district,
                    request.date(),
                    request.timeFrom(),
                    request.timeTo()));
        }
        helpRequests.note(
                requestId,
                actor,
                "OFFERED",
                String.join(", ", chosen.stream().map(VolunteerProfile::name).toList()));
        return chosen.size();
    }

    /** The first {@code count} eligible volunteers in the suggested order. */
    @Transactional
    int offerToTop(UUID requestId, int count, String actor) {
        var request = helpRequests.find(requestId).orElseThrow(() -> new NotFoundException("Help request"));
        if (!request.isAssignable()) {
            throw new IllegalStatusChange("Request is " + request.status());
        }
        return offerTo(request, suggestions.top(request, count), actor);
    }

    Optional<Offer> byToken(String token) {
        return token == null || token.length() > 100
                ? Optional.empty()
                : offers.findByTokenHash(AnswerTokens.hash(token));
    }

    Optional<Offer> find(UUID offerId) {
        return offers.find(offerId);
    }

    /**
     * Accepts in one transaction; when another volunteer or a coordinator was quicker, that transaction rolls
     * back as a whole and a second one records that this offer was taken.
     */
    AcceptResult accept(Offer offer) {
        switch (offer.status()) {
            case ACCEPTED:
                return AcceptResult.ALREADY_ACCEPTED;
            case DECLINED:
                return AcceptResult.DECLINED;
            case TAKEN:
                return AcceptResult.ALREADY_TAKEN;
            case WITHDRAWN:
                return AcceptResult.NO_LONGER_NEEDED;
            default:
                break;
        }
        try {
            return transaction.execute(status -> {
                var request = helpRequests.find(offer.requestId()).orElseThrow();
                if (!request.isAssignable()) {
                    throw new IllegalStatusChange("Request is " + request.status());
                }
                // the request row is locked first (inside assign), the offer rows after it: one lock order for
                // every accepting transaction, so concurrent accepts queue up instead of deadlocking
                var volunteer = volunteers.find(offer.volunteerId()).orElseThrow();
                assignments.assign(request, volunteer, "OFFER", volunteer.name());
                if (!offers.answer(offer.id(), OfferStatus.ACCEPTED, clock.instant())) {
                    // declined or withdrawn a moment ago: undo the assignment
                    status.setRollbackOnly();
                    return offers.find(offer.id()).map(this::accept).orElse(AcceptResult.NO_LONGER_NEEDED);
                }
                return AcceptResult.ACCEPTED;
            });
        } catch (IllegalStatusChange | DuplicateKeyException e) {
            return transaction.execute(status -> {
                offers.answer(offer.id(), OfferStatus.TAKEN, clock.instant());
                var closed = helpRequests
                        .find(offer.requestId())
                        .map(r -> r.status().isClosed())
                        .orElse(true);
                return closed ? AcceptResult.NO_LONGER_NEEDED : AcceptResult.ALREADY_TAKEN;
            });
        }
    }

    @Transactional
    void decline(Offer offer) {
        if (offers.answer(offer.id(), OfferStatus.DECLINED, clock.instant())) {
            var name = volunteers.find(offer.volunteerId()).map(v -> v.name()).orElse("");
            helpRequests.note(offer.requestId(), name, "OFFER_DECLINED", null);
        }
    }
}
