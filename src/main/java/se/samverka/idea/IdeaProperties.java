package se.samverka.idea;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code samverka.idea.stages}: the stages an idea moves through, in order; a new idea starts in the first.
 * Each stage's label is {@code idea.stage.<NAME>} in the message bundle. The stage {@value #CLOSED} needs an
 * outcome.
 */
@ConfigurationProperties("samverka.idea")
record IdeaProperties(List<String> stages) {

    static final String CLOSED = "CLOSED";

    IdeaProperties {
        stages = stages == null || stages.isEmpty()
                ? List.of("NEW", "FIRST_CONVERSATION", "DEVELOPING", "SEEKING_FUNDING", "LAUNCHED", "PAUSED", CLOSED)
                : List.copyOf(stages);
    }

    String first() {
        return stages.get(0);
    }
}
