package se.samverka.situation;

import java.util.List;

/**
 * A part of the situation report, contributed by a module as a Spring bean (the report collects every bean, sorted by
 * {@link #order()}). The figures are stored with each report, so the next report shows the change.
 *
 * <p>Labels are message keys the contributing module keeps in its own bundle: {@code situation.section.<key>} for the
 * table's heading and {@code situation.measure.<measure>} for each column (or the built-in ones in the situation
 * module's bundle). Built in: requests 10, shift places 20, people 30, hours 40, incidents 50. A resource group (FRG)
 * or the safety points may add theirs later without changing this module.
 */
public interface SituationSection {

    /** A short stable key such as {@code requests}: lower case letters, digits and dashes, at most 40. */
    String key();

    int order();

    /** The columns, in order: the measures this section's figures carry. */
    List<String> measures();

    /** The figures of the period; a row is a district and an item, a column a measure. */
    List<SituationFigure> figures(SituationPeriod period);
}
