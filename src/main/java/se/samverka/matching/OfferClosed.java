package se.samverka.matching;

import java.time.LocalDate;
import java.util.UUID;
import se.samverka.shared.HelpKind;

/** An open offer is no longer needed (someone else took the task, or it was withdrawn): thank the volunteer. */
public record OfferClosed(UUID offerId, UUID volunteerId, String email, String locale, HelpKind kind, LocalDate date) {

    @Override
    public String toString() {
        return "OfferClosed[" + offerId + "]";
    }
}
