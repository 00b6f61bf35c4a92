package se.samverka.callout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How call-outs ask ({@code samverka.callout.*}): at most {@code factor} times the people needed in all; each
 * wave asks the people still needed times the wave size of the need's urgency; and the next wave goes out
 * after the urgency's interval when the need is not filled (at once after a no). Answers are let in
 * {@code concurrent-askers} at a time per instance and wait at most {@code asker-wait} for their turn
 * ({@link AskingGate}).
 */
@ConfigurationProperties("samverka.callout")
record CalloutProperties(
        Integer factor,
        Integer urgentWaveSize,
        Integer soonWaveSize,
        Integer plannedWaveSize,
        Duration urgentInterval,
        Duration soonInterval,
        Duration plannedInterval,
        Integer concurrentAskers,
        Duration askerWait) {

    CalloutProperties {
        factor = factor == null ? CalloutSelector.DEFAULT_FACTOR : factor;
        urgentWaveSize = urgentWaveSize == null ? factor : urgentWaveSize;
        soonWaveSize = soonWaveSize == null ? 2 : soonWaveSize;
        plannedWaveSize = plannedWaveSize == null ? 1 : plannedWaveSize;
        urgentInterval = urgentInterval == null ? Duration.ofMinutes(15) : urgentInterval;
        soonInterval = soonInterval == null ? Duration.ofHours(1) : soonInterval;
        plannedInterval = plannedInterval == null ? Duration.ofHours(4) : plannedInterval;
        concurrentAskers = concurrentAskers == null ? 2 : concurrentAskers;
        askerWait = askerWait == null ? Duration.ofSeconds(30) : askerWait;
        if (concurrentAskers < 1) {
            throw new IllegalArgumentException("samverka.callout.concurrent-askers must be at least 1");
        }
        if (factor < 1 || factor > 20 || urgentWaveSize < 1 || soonWaveSize < 1 || plannedWaveSize < 1) {
            throw new IllegalArgumentException("samverka.callout.factor must be 1 to 20 and wave sizes at least 1");
        }
    }

    /** Per person still needed, how many are asked in one wave. */
    int waveSize(Urgency urgency) {
        return switch (urgency) {
            case URGENT -> urgentWaveSize;
            case SOON -> soonWaveSize;
            case PLANNED -> plannedWaveSize;
        };
    }

    Duration interval(Urgency urgency) {
        return switch (urgency) {
            case URGENT -> urgentInterval;
            case SOON -> soonInterval;
            case PLANNED -> plannedInterval;
        };
    }
}
