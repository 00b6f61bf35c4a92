package se.samverka.overview;

import java.util.List;

/**
 * A module's part of the overview. Implementations are Spring beans in the module that owns the data; they count
 * through their own tables and return aggregates only.
 */
public interface OverviewSection {

    /** The message key of the section's heading. */
    String titleKey();

    /** Where the section goes on the page, smallest first. */
    int order();

    /** The section's figures under the filter. */
    List<OverviewFigure> figures(OverviewFilter filter);
}
