package se.samverka.helprequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tab of the queue: all active requests, or one status, with how many there are. */
record QueueTab(String status, String messageKey, int count) {

    static List<QueueTab> of(Map<HelpRequestStatus, Integer> counts) {
        var tabs = new ArrayList<QueueTab>();
        tabs.add(new QueueTab(
                QueueFilter.ACTIVE,
                "helprequest.queue.active",
                QueueFilter.ACTIVE_STATUSES.stream().mapToInt(counts::get).sum()));
        for (var status : HelpRequestStatus.values()) {
            tabs.add(new QueueTab(status.name(), status.messageKey(), counts.get(status)));
        }
        return tabs;
    }
}
