package se.samverka.crisis;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.effort.ShiftGuests;

/** Spontaneous volunteers on a shift, for the effort module's roster (it names their partners). */
@Component
class SpontaneousShiftGuests implements ShiftGuests {

    private final SpontaneousShiftRepository repository;

    SpontaneousShiftGuests(SpontaneousShiftRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ShiftGuest> on(UUID shiftId) {
        return repository.guestsOn(shiftId);
    }
}
