package se.samverka.volunteer;

import java.time.Duration;

/** How often a volunteer lets Samverka ask: at most {@code maxAsks} asks within {@code window}. */
public enum AskFrequency {
    ONCE_A_WEEK(1, Duration.ofDays(7)),
    TWICE_A_MONTH(2, Duration.ofDays(30)),
    ONCE_A_MONTH(1, Duration.ofDays(30)),
    /** Never in everyday work; only when the municipality is in crisis mode. */
    ONLY_IN_CRISIS(0, Duration.ofDays(30));

    private final int maxAsks;
    private final Duration window;

    AskFrequency(int maxAsks, Duration window) {
        this.maxAsks = maxAsks;
        this.window = window;
    }

    public int maxAsks() {
        return maxAsks;
    }

    public Duration window() {
        return window;
    }

    public String messageKey() {
        return "askFrequency." + name();
    }
}
