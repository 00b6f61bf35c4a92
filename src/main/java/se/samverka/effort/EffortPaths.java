package se.samverka.effort;

import java.util.UUID;
import org.springframework.stereotype.Component;

/** Where an effort's workspace pages live: under the organisation's workspace or the municipality's. */
@Component
class EffortPaths {

    static final String MUNICIPAL = "/samordning/insatser";

    static String base(UUID organisationId) {
        return organisationId == null ? MUNICIPAL : "/forening/" + organisationId + "/insatser";
    }

    String base(Effort effort) {
        return base(effort.organisationId());
    }
}
