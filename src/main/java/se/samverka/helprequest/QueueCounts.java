package se.samverka.helprequest;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.shared.Recent;

/**
 * The counts on the queue's tabs, kept for {@code samverka.helprequest.tab-counts-max-age}: at 50,000 requests
 * counting takes 8-20 ms, and every coordinator's every reload would count again. A request that comes in or changes
 * status on this instance clears them once its transaction commits, so whoever works here sees their own change at
 * once; another instance's change shows within the max age.
 */
@Component
class QueueCounts {

    private final QueueQueries queries;
    private final Recent<List<Object>, Map<HelpRequestStatus, Integer>> recent;

    QueueCounts(QueueQueries queries, HelpRequestProperties properties, Clock clock) {
        this.queries = queries;
        this.recent = new Recent<>(properties.tabCountsMaxAge(), 200, clock);
    }

    /** The count per status under the filter's district, kind and dates (the tab and the page do not matter). */
    Map<HelpRequestStatus, Integer> of(QueueFilter filter) {
        List<Object> key = Arrays.asList(filter.district(), filter.kind(), filter.from(), filter.to());
        return recent.get(key, () -> queries.countByStatus(filter));
    }

    /** A request came in or changed status: count again once the change is committed. */
    void changed() {
        recent.clearAfterCommit();
    }
}
