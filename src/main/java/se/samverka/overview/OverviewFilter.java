package se.samverka.overview;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the overview is narrowed to; every part may be null, meaning all.
 *
 * @param departmentId one department
 * @param organisationId one organisation
 * @param districtId one district
 * @param from the period's first day
 * @param to the period's last day
 */
public record OverviewFilter(
        String departmentId, UUID organisationId, String districtId, LocalDate from, LocalDate to) {

    public static OverviewFilter all() {
        return new OverviewFilter(null, null, null, null, null);
    }
}
