package se.samverka.callout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.samverka.district.Districts;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * Every confirmed volunteer as a call-out sees them, in one {@link CalloutSelector} kept in memory, so that a
 * wave reads nothing but what changed since the last one: new rows of the contact ledger (asks, from any
 * instance) and volunteers whose profile or safeguarding level changed ({@code callout_candidate_change}).
 * Built again on the first use of a day (safeguarding checks expire by the day), when the districts change, and
 * after a transaction that used it rolled back. Use it only while holding {@link ContactLedger#lockForAsking}:
 * nobody asks meanwhile, so every ask is read exactly once.
 */
@Component
class CandidatePool {

    private static final Logger log = LoggerFactory.getLogger(CandidatePool.class);
    /** Changes older than this are deleted; an instance that has not read them since builds anew. */
    private static final Duration KEEP_CHANGES = Duration.ofDays(2);

    private final Volunteers volunteers;
    private final ContactLedger ledger;
    private final Safeguarding safeguarding;
    private final Districts districts;
    private final CandidateFeeds feeds;
    private final Clock clock;
    private final ContactBudgets budgets;

    private final Feed ledgerFeed = new Feed();
    private final Feed changeFeed = new Feed();
    private CalloutSelector selector;
    private LocalDate builtFor;
    private Map<String, Set<String>> neighbours;

    CandidatePool(
            Volunteers volunteers,
            ContactLedger ledger,
            Safeguarding safeguarding,
            Districts districts,
            CandidateFeeds feeds,
            ContactBudgets budgets,
            Clock clock) {
        this.budgets = budgets;
        this.volunteers = volunteers;
        this.ledger = ledger;
        this.safeguarding = safeguarding;
        this.districts = districts;
        this.feeds = feeds;
        this.clock = clock;
    }

    /** The index as the database stands now, within the caller's transaction. */
    synchronized CalloutSelector current(Instant now) {
        var map = CalloutSelector.neighbourMap(districts.all());
        var day = LocalDate.ofInstant(now, clock.getZone());
        if (selector == null || !day.equals(builtFor) || !map.equals(neighbours)) {
            build(now, map, day);
        } else {
            catchUp(now);
        }
        selector.allow(budgets.now());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // what this transaction wrote and we read may never commit
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        invalidate();
                    }
                }
            });
        }
        return selector;
    }

    synchronized void invalidate() {
        selector = null;
    }

    private void build(Instant now, Map<String, Set<String>> map, LocalDate day) {
        var started = System.nanoTime();
        // read where the feeds stand first: what changes while we load is read again on the next use
        ledgerFeed.reset(feeds.lastLedgerRow(), 0);
        changeFeed.reset(feeds.lastChange(), 100);
        // no contact details: those are read for the few asked only
        var profiles = volunteers.askabilityOfAll();
        var asks = ledger.allAsksSince(now.minus(LeastRecentlyAsked.WINDOW));
        var levels = safeguarding.levelsOfEveryone(now);
        var candidates = new ArrayList<Candidate>(profiles.size());
        for (var p : profiles) {
            candidates.add(Candidate.of(p, asks.getOrDefault(p.id(), List.of()), levels.getOrDefault(p.id(), 0)));
        }
        selector = new CalloutSelector(candidates, map, clock.getZone());
        builtFor = day;
        neighbours = map;
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            feeds.forgetChangesBefore(now.minus(KEEP_CHANGES));
        }
        log.info(
                "Call-out index built: {} volunteers in {} ms",
                candidates.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void catchUp(Instant now) {
        var rows = feeds.ledgerAfter(ledgerFeed);
        ledgerFeed.saw(rows.stream().map(CandidateFeeds.LedgerRow::seq).toList());
        for (var row : rows) {
            if (row.ask() && selector.candidate(row.volunteerId()) != null) {
                selector.recordAsk(row.volunteerId(), row.at());
            }
        }
        var changes = feeds.changesAfter(changeFeed);
        changeFeed.saw(changes.stream().map(CandidateFeeds.Change::seq).toList());
        if (!changes.isEmpty()) {
            reload(
                    changes.stream()
                            .map(CandidateFeeds.Change::volunteerId)
                            .collect(java.util.stream.Collectors.toSet()),
                    now);
        }
    }

    /** Reads these volunteers again: changed, confirmed, or gone. */
    private void reload(Set<UUID> ids, Instant now) {
        var profiles = volunteers.confirmedAmong(ids);
        var asks = ledger.asksSince(ids, now.minus(LeastRecentlyAsked.WINDOW));
        var found = new HashSet<UUID>();
        for (var candidate : candidates(profiles, asks, now)) {
            selector.update(candidate);
            found.add(candidate.volunteerId());
        }
        ids.stream().filter(id -> !found.contains(id)).forEach(selector::remove);
    }

    private List<Candidate> candidates(
            Collection<VolunteerProfile> profiles, Map<UUID, List<Instant>> asks, Instant now) {
        var ids = profiles.stream().map(VolunteerProfile::id).toList();
        var levels = new HashMap<UUID, Integer>();
        for (int from = 0; from < ids.size(); from += 1000) {
            levels.putAll(safeguarding.levelsOf(ids.subList(from, Math.min(ids.size(), from + 1000)), now));
        }
        var result = new ArrayList<Candidate>(profiles.size());
        for (var p : profiles) {
            result.add(Candidate.of(p, asks.getOrDefault(p.id(), List.of()), levels.getOrDefault(p.id(), 0)));
        }
        return result;
    }
}
