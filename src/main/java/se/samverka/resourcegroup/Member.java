package se.samverka.resourcegroup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A member of a group: the volunteer, whether they lead it, and their training. */
public record Member(UUID volunteerId, String name, String phone, boolean leader, List<Training> trainings) {

    /** The worst state of their training on that day: expired before expiring before valid. */
    public Training.State trainingState(LocalDate today) {
        var worst = Training.State.VALID;
        for (var t : trainings) {
            var state = t.stateOn(today);
            if (state.ordinal() > worst.ordinal()) {
                worst = state;
            }
        }
        return worst;
    }
}
