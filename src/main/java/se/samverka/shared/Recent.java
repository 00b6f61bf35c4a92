package se.samverka.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A figure worked out at most {@code maxAge} ago, per key (counts on a start page, say): the first caller after it
 * went stale works it out again while the others asking for the same key wait for that result instead of counting
 * too. A max age of zero works it out on every call. At most {@code maxKeys} keys are kept; past that all are
 * forgotten at once (the keys are filters people choose, so they are few in practice).
 */
public final class Recent<K, V> {

    private final Duration maxAge;
    private final int maxKeys;
    private final Clock clock;
    private final Map<K, Slot<V>> slots = new ConcurrentHashMap<>();

    public Recent(Duration maxAge, int maxKeys, Clock clock) {
        if (maxAge.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("maxAge must not be negative and maxKeys at least 1");
        }
        this.maxAge = maxAge;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** The figure for the key, worked out by {@code work} when there is none younger than the max age. */
    public V get(K key, Supplier<V> work) {
        if (maxAge.isZero()) {
            return work.get();
        }
        if (slots.size() >= maxKeys && !slots.containsKey(key)) {
            slots.clear();
        }
        var slot = slots.computeIfAbsent(key, k -> new Slot<>());
        var held = slot.held;
        if (fresh(held)) {
            return held.value();
        }
        synchronized (slot) {
            held = slot.held;
            if (fresh(held)) {
                return held.value();
            }
            var value = work.get();
            slot.held = new Held<>(value, clock.instant());
            return value;
        }
    }

    /**
     * As {@link #get}, but once a figure exists a stale one is returned at once while one task on {@code executor}
     * works out the new one (stale while revalidate): only the very first caller for a key waits. For figures on a
     * busy page that may be a period old but must not make a request wait for them. A failed refresh keeps the old
     * figure and is tried again by the next caller.
     */
    public V getServingStale(K key, Supplier<V> work, Executor executor) {
        if (maxAge.isZero()) {
            return work.get();
        }
        var slot = slots.get(key);
        var held = slot == null ? null : slot.held;
        if (held == null) {
            return get(key, work);
        }
        if (!fresh(held) && slot.refreshing.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    try {
                        slot.held = new Held<>(work.get(), clock.instant());
                    } finally {
                        slot.refreshing.set(false);
                    }
                });
            } catch (RejectedExecutionException e) {
                slot.refreshing.set(false);
            }
        }
        return held.value();
    }

    /** Forgets every figure, so the next call works each out again (after a change made here). */
    public void clear() {
        slots.clear();
    }

    /**
     * Forgets every figure once the current transaction commits (at once when there is none), so that nobody
     * counts again before the change is visible and keeps the old figure for another period.
     */
    public void clearAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            clear();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                clear();
            }
        });
    }

    private boolean fresh(Held<V> held) {
        return held != null && held.at().plus(maxAge).isAfter(clock.instant());
    }

    private record Held<V>(V value, Instant at) {}

    private static final class Slot<V> {
        private volatile Held<V> held;
        private final AtomicBoolean refreshing = new AtomicBoolean();
    }
}
