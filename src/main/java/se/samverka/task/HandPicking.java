package se.samverka.task;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.callout.CalloutTarget;
import se.samverka.callout.Callouts;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequestStatus;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.IllegalStatusChange;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * "Ask these volunteers": a coordinator hand-picks from the ranked list, and the call-out engine asks exactly
 * them in one wave ({@link Callouts#askChosen}), holding back with a reason those the contact rules forbid now. The
 * answers and the first yes go the way of every call-out: the answer page, {@code CalloutAnswers} and the
 * request's {@link CalloutTarget}. Replaces the offers, which were a second engine.
 */
@Service
class HandPicking {

    private final HelpRequests helpRequests;
    private final Suggestions suggestions;
    private final Callouts callouts;
    private final Volunteers volunteers;

    HandPicking(HelpRequests helpRequests, Suggestions suggestions, Callouts callouts, Volunteers volunteers) {
        this.helpRequests = helpRequests;
        this.suggestions = suggestions;
        this.callouts = callouts;
        this.volunteers = volunteers;
    }

    /**
     * Asks the chosen volunteers about the request. Throws {@link IllegalStatusChange} when the request is no
     * longer open, and {@link Callouts.AlreadyActive} when a call-out for it is already asking.
     */
    @Transactional
    Callouts.HandPicked ask(UUID requestId, Collection<UUID> volunteerIds, String actor) {
        var request = assignable(requestId);
        return askChosen(request, List.copyOf(volunteerIds), actor);
    }

    /** Asks the first {@code count} volunteers of the ranked list whom the rules let be asked now. */
    @Transactional
    Callouts.HandPicked askTop(UUID requestId, int count, String actor) {
        var request = assignable(requestId);
        return askChosen(request, suggestions.topIds(request, count), actor);
    }

    private HelpRequest assignable(UUID requestId) {
        var request = helpRequests.find(requestId).orElseThrow(() -> new NotFoundException("Help request"));
        if (!request.isAssignable()) {
            throw new IllegalStatusChange("Request is " + request.status());
        }
        return request;
    }

    private Callouts.HandPicked askChosen(HelpRequest request, List<UUID> chosen, String actor) {
        var start = new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                suggestions.needOf(request),
                Urgency.SOON,
                null,
                actor);
        Callouts.HandPicked result;
        try {
            result = callouts.askChosen(start, chosen);
        } catch (Callouts.NotOpen e) {
            throw new IllegalStatusChange("Request is no longer open");
        }
        if (!result.asked().isEmpty()) {
            if (request.status() == HelpRequestStatus.NEW) {
                helpRequests.open(request.id(), actor);
            }
            var names = volunteers.namesOf(result.asked());
            helpRequests.note(
                    request.id(),
                    actor,
                    "OFFERED",
                    String.join(
                            ", ",
                            result.asked().stream()
                                    .map(id -> names.getOrDefault(id, "–"))
                                    .toList()));
        }
        return result;
    }
}
