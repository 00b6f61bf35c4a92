package se.samverka.situation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number of a section: in a district ({@code ""} for the whole municipality), for an item ({@code ""} for none; a
 * message key, or {@code helpkind:CODE} for a kind of help), of a measure.
 */
public record SituationFigure(String districtId, String itemKey, String measure, BigDecimal value) {

    public SituationFigure {
        districtId = districtId == null ? "" : districtId;
        itemKey = itemKey == null ? "" : itemKey;
        Objects.requireNonNull(measure);
        Objects.requireNonNull(value);
    }

    public SituationFigure(String districtId, String itemKey, String measure, long value) {
        this(districtId, itemKey, measure, BigDecimal.valueOf(value));
    }
}
