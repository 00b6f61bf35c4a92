package se.samverka.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import se.samverka.effort.ShiftFigures;

/**
 * Places on shifts dated from the crisis' first day to the report's day, per district: places, filled (confirmed)
 * and open. A shift may serve several kinds of help, so shifts are counted per district only.
 */
@Component
class ShiftPlacesSection implements SituationSection {

    static final String PLACES = "PLACES";
    static final String FILLED = "FILLED";
    static final String OPEN = "OPEN";

    private final ShiftFigures shifts;

    ShiftPlacesSection(ShiftFigures shifts) {
        this.shifts = shifts;
    }

    @Override
    public String key() {
        return "shifts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> measures() {
        return List.of(PLACES, FILLED, OPEN);
    }

    @Override
    public List<SituationFigure> figures(SituationPeriod period) {
        Map<String, long[]> rows = new TreeMap<>();
        for (var shift : shifts.places(period.crisisFirstDay(), period.lastDay())) {
            var row = rows.computeIfAbsent(shift.districtId() == null ? "" : shift.districtId(), k -> new long[3]);
            row[0] += shift.maxVolunteers();
            row[1] += shift.confirmed();
            row[2] += shift.open();
        }
        var figures = new ArrayList<SituationFigure>();
        rows.forEach((district, values) -> {
            figures.add(new SituationFigure(district, "", PLACES, values[0]));
            figures.add(new SituationFigure(district, "", FILLED, values[1]));
            figures.add(new SituationFigure(district, "", OPEN, values[2]));
        });
        return figures;
    }
}
