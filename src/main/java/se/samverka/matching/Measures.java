package se.samverka.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.volunteer.ReadyVolunteer;
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

    Measures(MeasuresQuery query, HelpRequests helpRequests, Volunteers volunteers, Districts districts, Clock clock) {
        this.query = query;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.districts = districts;
        this.clock = clock;
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

    @Transactional(readOnly = true)
    List<Row> lastThirtyDays() {
        var since = clock.instant().minus(PERIOD);
        var asks = query.asksSince(since);
        var fills = query.firstFillsSince(since);
        var requestDistrict = new HashMap<UUID, String>();
        var requestCreated = new HashMap<UUID, java.time.Instant>();
        for (var id : union(asks.stream().map(MeasuresQuery.Ask::requestId).toList(), fills.keySet())) {
            helpRequests.find(id).ifPresent(r -> {
                requestDistrict.put(id, r.districtId());
                requestCreated.put(id, r.createdAt());
            });
        }
        var ready = volunteers.confirmed(LocalDate.now(clock));
        var everAssigned = query.everAssigned();
        var busy = query.busy();
        var rows = new ArrayList<Row>();
        for (var district : districts.all()) {
            rows.add(row(
                    district.name(),
                    id -> district.id().equals(requestDistrict.get(id)),
                    v -> v.getValue().districtIds().contains(district.id()),
                    asks,
                    fills,
                    requestCreated,
                    ready,
                    everAssigned,
                    busy));
        }
        rows.add(row(null, id -> true, v -> true, asks, fills, requestCreated, ready, everAssigned, busy));
        return rows;
    }

    private Row row(
            String name,
            Predicate<UUID> requestHere,
            Predicate<Map.Entry<UUID, ReadyVolunteer>> volunteerHere,
            List<MeasuresQuery.Ask> asks,
            Map<UUID, java.time.Instant> fills,
            Map<UUID, java.time.Instant> created,
            Map<UUID, ReadyVolunteer> ready,
            Set<UUID> everAssigned,
            Set<UUID> busy) {
        var asksHere =
                asks.stream().filter(a -> requestHere.test(a.requestId())).toList();
        var minutes = fills.entrySet().stream()
                .filter(f -> requestHere.test(f.getKey()) && created.containsKey(f.getKey()))
                .map(f -> Math.max(
                        0,
                        Duration.between(created.get(f.getKey()), f.getValue()).toMinutes()))
                .sorted()
                .toList();
        var here = ready.entrySet().stream().filter(volunteerHere).toList();
        var askedAnywhere =
                asks.stream().map(MeasuresQuery.Ask::volunteerId).collect(java.util.stream.Collectors.toSet());
        var total = here.size();
        var askedCount =
                here.stream().filter(v -> askedAnywhere.contains(v.getKey())).count();
        var neverCount =
                here.stream().filter(v -> !everAssigned.contains(v.getKey())).count();
        var reserve = (int) here.stream()
                .filter(v -> !v.getValue().paused() && !busy.contains(v.getKey()))
                .count();
        return new Row(
                name,
                asksHere.size(),
                minutes.size(),
                minutes.isEmpty() ? null : Math.round(10.0 * asksHere.size() / minutes.size()) / 10.0,
                minutes.isEmpty() ? null : median(minutes),
                total,
                percent(askedCount, total),
                percent(neverCount, total),
                reserve);
    }

    private static Long median(List<Long> sorted) {
        var n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Integer percent(long part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    private static Set<UUID> union(Collection<UUID> a, Collection<UUID> b) {
        var all = new java.util.HashSet<UUID>(a);
        all.addAll(b);
        return all;
    }
}
