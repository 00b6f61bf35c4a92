package se.samverka.shared;

import java.util.Objects;

/**
 * A person's data is to be erased: they asked for it, or a retention rule says their time is up. The privacy
 * module erases or pseudonymises them in every table, keeping only what a retention rule says must be kept.
 *
 * @param person whom to erase
 * @param reason why, as a short code such as {@code retention.inactive-volunteer} or {@code request.data-subject}
 */
public record PersonErasureDue(PersonRef person, String reason) {

    public PersonErasureDue {
        Objects.requireNonNull(person);
        Objects.requireNonNull(reason);
    }
}
