package se.samverka.callout;

import java.time.Duration;
import se.samverka.volunteer.AskFrequency;

/**
 * How many asks a volunteer's contact budget allows now. In everyday work the volunteer's own choice decides
 * ({@link #EVERYDAY}); while a crisis runs, volunteers who chose "only in a crisis" may be asked once a week, and
 * every budget is raised by {@code raise} more asks within its window, as the crisis was started with.
 */
public record Allowance(boolean crisis, int raise) {

    /** The most a crisis may raise a budget by. */
    public static final int MAX_RAISE = 10;

    public static final Allowance EVERYDAY = new Allowance(false, 0);

    /** The window of "only in a crisis" while one runs: as "once a week". */
    static final Duration CRISIS_ONLY_WINDOW = AskFrequency.ONCE_A_WEEK.window();

    public Allowance {
        if (raise < 0 || raise > MAX_RAISE) {
            throw new IllegalArgumentException("A raise of 0 to " + MAX_RAISE + ", not " + raise);
        }
        if (!crisis && raise != 0) {
            throw new IllegalArgumentException("Only a crisis raises budgets");
        }
    }

    /** While a crisis runs, raised by that many asks (0 to {@link #MAX_RAISE}). */
    public static Allowance crisis(int raise) {
        return new Allowance(true, raise);
    }

    /** The asks a volunteer with that frequency may get within {@link #window(AskFrequency)}; 0 means none. */
    public int maxAsks(AskFrequency frequency) {
        if (!crisis) {
            return frequency.maxAsks();
        }
        var base = frequency == AskFrequency.ONLY_IN_CRISIS ? 1 : frequency.maxAsks();
        return base + raise;
    }

    /** The window the budget counts asks in. */
    public Duration window(AskFrequency frequency) {
        return crisis && frequency == AskFrequency.ONLY_IN_CRISIS ? CRISIS_ONLY_WINDOW : frequency.window();
    }
}
