package se.samverka.safetypoint;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverka.privacy.ErasureOutcome;
import se.samverka.privacy.PersonIdentity;
import se.samverka.privacy.PersonalDataHolder;
import se.samverka.privacy.PersonalDataSection;
import se.samverka.shared.PersonRef;

/** A volunteer's check-ins at safety points: in their export, and deleted on erasure (before the volunteer). */
@Component
@Order(190)
class SafetyPointPersonalData implements PersonalDataHolder {

    private final CheckInRepository checkIns;

    SafetyPointPersonalData(CheckInRepository checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public String module() {
        return "safetypoint";
    }

    @Override
    public List<PersonalDataSection> export(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return List.of();
        }
        var rows = checkIns.exportOf(who.ref().id());
        return rows.isEmpty() ? List.of() : List.of(PersonalDataSection.of(module(), "checkins", rows));
    }

    @Override
    public ErasureOutcome erase(PersonIdentity who) {
        if (who.ref().kind() != PersonRef.Kind.VOLUNTEER) {
            return ErasureOutcome.removed(module(), 0);
        }
        return ErasureOutcome.removed(module(), checkIns.deleteOf(who.ref().id()));
    }
}
