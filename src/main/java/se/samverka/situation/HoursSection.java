package se.samverka.situation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import se.samverka.effort.ShiftFigures;

/**
 * Volunteer hours on shifts that started in the period, per district: each confirmed volunteer counts the shift's
 * length (a shift that ends after midnight runs on to its end time the next day).
 */
@Component
class HoursSection implements SituationSection {

    static final String HOURS = "HOURS";

    private final ShiftFigures shifts;

    HoursSection(ShiftFigures shifts) {
        this.shifts = shifts;
    }

    @Override
    public String key() {
        return "hours";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<String> measures() {
        return List.of(HOURS);
    }

    @Override
    public List<SituationFigure> figures(SituationPeriod period) {
        Map<String, Long> minutes = new TreeMap<>();
        for (var work : shifts.confirmed(period.firstDay(), period.lastDay())) {
            if (period.contains(
                    work.date().atTime(work.from()).atZone(period.zone()).toInstant())) {
                minutes.merge(work.districtId() == null ? "" : work.districtId(), minutesOf(work), Long::sum);
            }
        }
        var figures = new ArrayList<SituationFigure>();
        minutes.forEach((district, m) -> figures.add(new SituationFigure(district, "", HOURS, hours(m))));
        return figures;
    }

    static long minutesOf(ShiftFigures.ShiftWork work) {
        var length = Duration.between(work.from(), work.to()).toMinutes();
        return length <= 0 ? length + 24 * 60 : length;
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
