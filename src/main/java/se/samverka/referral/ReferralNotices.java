package se.samverka.referral;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;

/**
 * Publishes what became of a referral, with what the messages need: the organisation's members (or its own address)
 * and the request's kind, place and time, never who the resident is until an organisation accepted.
 */
@Component
class ReferralNotices {

    private final Organisations organisations;
    private final HelpRequests helpRequests;
    private final Districts districts;
    private final ApplicationEventPublisher events;

    ReferralNotices(
            Organisations organisations,
            HelpRequests helpRequests,
            Districts districts,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.helpRequests = helpRequests;
        this.districts = districts;
        this.events = events;
    }

    void offered(UUID referralId, Organisation organisation, HelpRequest request, Instant due) {
        var districtName =
                districts.find(request.districtId()).map(d -> d.name()).orElse(request.districtId());
        events.publishEvent(new ReferralOffered(
                referralId,
                organisation.id(),
                organisation.name(),
                recipients(organisation),
                request.kind(),
                districtName,
                request.date(),
                request.timeFrom(),
                request.timeTo(),
                due));
    }

    /** The resident is told by SMS when {@code mobile} is a number; otherwise the coordinator calls them. */
    void accepted(UUID referralId, HelpRequest request, Organisation organisation, String mobile) {
        events.publishEvent(new ReferralAccepted(
                referralId,
                request.id(),
                request.number(),
                organisation.name(),
                mobile,
                request.kind(),
                request.date(),
                request.language()));
    }

    void withdrawn(Referral referral, boolean takenByOther) {
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
}
