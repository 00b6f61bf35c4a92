package se.samverka.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.Volunteers;

/**
 * Are we asking only when there is a clear need? Per district and overall, for the last 30 days: asks per
 * filled need, median time from request to assignee, share of volunteers asked, share who never had a task,
 * and how many are in reserve right now. Aggregates only: no person appears.
 */
@Service
class Measures {

    static final Duration PERIOD = Duration.ofDays(30);

    private final MeasuresQuery query;
    private final HelpRequests helpRequests;
    private final Volunteers volunteers;
    private final Districts districts;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Snapshot snapshot;

    Measures(
            MeasuresQuery query,
            HelpRequests helpRequests,
            Volunteers volunteers,
            Districts districts,
            Clock clock,
            MeasuresProperties properties) {
        this.query = query;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.districts = districts;
        this.clock = clock;
        this.maxAge = properties.maxAge();
    }

    /** The figures and when they were counted. */
    record Snapshot(List<Row> rows, Instant countedAt) {}

    /**
     * The latest figures, counted again when they are older than {@code samverka.task.measures.max-age}. Only
     * one request counts at a time; the others that arrive meanwhile wait for its result instead of counting too.
     */
    Snapshot current() {
        var latest = snapshot;
        if (fresh(latest)) {
            return latest;
        }
        synchronized (this) {
            latest = snapshot;
            if (fresh(latest)) {
                return latest;
            }
            var counted = new Snapshot(lastThirtyDays(), clock.instant());
            snapshot = counted;
            return counted;
        }
    }

    private boolean fresh(Snapshot latest) {
        return latest != null
                && !maxAge.isZero()
                && latest.countedAt().plus(maxAge).isAfter(clock.instant());
    }

    record Row(
            String districtName,
            int asks,
            int fills,
            Double asksPerFill,
            Long medianMinutesToFill,
            int volunteers,
            Integer askedPercent,
            Integer neverTaskPercent,
            int inReserve) {}

    /**
     * One pass over the asks, the fills and the confirmed volunteers, adding each to its district's tally and to the
     * total: the work grows with the number of volunteers, not with volunteers times districts.
     */
    @Transactional(readOnly = true)
    List<Row> lastThirtyDays() {
        var since = clock.instant().minus(PERIOD);
        var asks = query.asksSince(since);
        var fills = query.firstFillsSince(since);
        var origins = helpRequests.originsOf(
                union(asks.stream().map(MeasuresQuery.Ask::requestId).toList(), fills.keySet()));
        var tallies = new LinkedHashMap<String, Tally>();
        var names = new LinkedHashMap<String, String>();
        for (var district : districts.all()) {
            tallies.put(district.id(), new Tally());
            names.put(district.id(), district.name());
        }
        var total = new Tally();
        var askedAnywhere = new HashSet<UUID>();
        for (var ask : asks) {
            askedAnywhere.add(ask.volunteerId());
            total.asks++;
            var origin = origins.get(ask.requestId());
            var here = origin == null ? null : tallies.get(origin.districtId());
            if (here != null) {
                here.asks++;
            }
        }
        for (var fill : fills.entrySet()) {
            var origin = origins.get(fill.getKey());
            if (origin == null) {
                continue;
            }
            var minutes = Math.max(
                    0, Duration.between(origin.createdAt(), fill.getValue()).toMinutes());
            total.minutes.add(minutes);
            var here = tallies.get(origin.districtId());
            if (here != null) {
                here.minutes.add(minutes);
            }
        }
        var everAssigned = query.everAssigned();
        var busy = query.busy();
        for (var volunteer : volunteers.confirmed(LocalDate.now(clock)).entrySet()) {
            var id = volunteer.getKey();
            var asked = askedAnywhere.contains(id);
            var never = !everAssigned.contains(id);
            var reserve = !volunteer.getValue().paused() && !busy.contains(id);
            total.count(asked, never, reserve);
            for (var districtId : volunteer.getValue().districtIds()) {
                var here = tallies.get(districtId);
                if (here != null) {
                    here.count(asked, never, reserve);
                }
            }
        }
        var rows = new ArrayList<Row>();
        tallies.forEach((id, tally) -> rows.add(tally.row(names.get(id))));
        rows.add(total.row(null));
        return rows;
    }

    /** What is counted for one district, or for all. */
    private static final class Tally {
        int asks;
        final List<Long> minutes = new ArrayList<>();
        int volunteers;
        int asked;
        int never;
        int reserve;

        void count(boolean asked, boolean never, boolean reserve) {
            volunteers++;
            this.asked += asked ? 1 : 0;
            this.never += never ? 1 : 0;
            this.reserve += reserve ? 1 : 0;
        }

        Row row(String name) {
            var sorted = minutes.stream().sorted().toList();
            return new Row(
                    name,
                    asks,
                    sorted.size(),
                    sorted.isEmpty() ? null : Math.round(10.0 * asks / sorted.size()) / 10.0,
                    sorted.isEmpty() ? null : median(sorted),
                    volunteers,
                    percent(asked, volunteers),
                    percent(never, volunteers),
                    reserve);
        }
    }

    private static Long median(List<Long> sorted) {
        var n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Integer percent(long part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    private static Set<UUID> union(Collection<UUID> a, Collection<UUID> b) {
        var all = new HashSet<UUID>(a);
        all.addAll(b);
        return all;
    }
}
