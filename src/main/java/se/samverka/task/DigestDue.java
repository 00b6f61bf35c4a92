package se.samverka.task;

import java.util.UUID;

/**
 * A volunteer who opted in and was not asked during the last month gets a short letter: thanks, and the
 * situation in their districts. {@code period} is the month, such as 2026-12.
 */
public record DigestDue(
        UUID volunteerId, String email, String locale, String period, int waiting, int volunteersThere) {

    @Override
    public String toString() {
        return "DigestDue[" + volunteerId + ", " + period + "]";
    }
}
