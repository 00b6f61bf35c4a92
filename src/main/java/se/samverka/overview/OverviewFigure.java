package se.samverka.overview;

import java.util.Map;

/**
 * One figure: a total, and the same count per department where the thing counted belongs to a department.
 *
 * @param labelKey the message key of what is counted
 * @param total the count over everything the filter lets through
 * @param byDepartment the count per department id; empty when what is counted does not belong to departments
 * @param link the list behind the figure, already carrying the filter; the page adds the department for a cell
 */
public record OverviewFigure(String labelKey, long total, Map<String, Long> byDepartment, String link) {

    public OverviewFigure {
        byDepartment = Map.copyOf(byDepartment);
    }
}
