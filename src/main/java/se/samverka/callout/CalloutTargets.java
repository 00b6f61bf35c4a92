package se.samverka.callout;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The needs call-outs can be for, by subject type: the way back from the engine to the side that owns a need. */
@Component
class CalloutTargets {

    private final Map<SubjectType, CalloutTarget> targets;

    CalloutTargets(List<CalloutTarget> targets) {
        // the first target in @Order wins, so that a test can put its own in front of a module's
        this.targets = targets.stream()
                .collect(Collectors.toMap(CalloutTarget::subjectType, Function.identity(), (first, second) -> first));
    }

    /** The target of that subject type, or null. */
    CalloutTarget get(SubjectType type) {
        return targets.get(type);
    }

    CalloutTarget of(Callout callout) {
        var target = targets.get(callout.subjectType());
        if (target == null) {
            throw new IllegalStateException("No call-out target for " + callout.subjectType());
        }
        return target;
    }
}
