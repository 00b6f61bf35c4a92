package se.samverka.callout;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.safeguarding.SafeguardingLevelChanged;
import se.samverka.safeguarding.VolunteerSuspended;
import se.samverka.safeguarding.VolunteerSuspensionLifted;
import se.samverka.volunteer.VolunteerLeaving;
import se.samverka.volunteer.VolunteerProfileChanged;

/**
 * Notes, in the changing transaction, every volunteer whose askability changed, so that the candidate index of
 * every instance reads them again before its next wave ({@link CandidatePool}).
 */
@Component
class CandidateChanges {

    private final CandidateFeeds feeds;
    private final Clock clock;

    CandidateChanges(CandidateFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @EventListener
    void on(VolunteerProfileChanged event) {
        changed(event.volunteerId());
    }

    @EventListener
    void on(VolunteerLeaving event) {
        changed(event.volunteerId());
    }

    @EventListener
    void on(VolunteerSuspended event) {
        changed(event.volunteerId());
    }

    @EventListener
    void on(VolunteerSuspensionLifted event) {
        changed(event.volunteerId());
    }

    @EventListener
    void on(SafeguardingLevelChanged event) {
        changed(event.volunteerId());
    }

    private void changed(UUID volunteerId) {
        feeds.recordChange(volunteerId, clock.instant());
    }
}
