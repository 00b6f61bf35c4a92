package se.samverka.situation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.samverka.helprequest.NeedFigures;

/**
 * Help requests submitted since the crisis began, per district and kind: still waiting for a volunteer (NEW, OPEN)
 * and filled (ASSIGNED, DONE). Cancelled and not-helped requests are in neither.
 */
@Component
class NeedsSection implements SituationSection {

    static final String OPEN = "OPEN";
    static final String FILLED = "FILLED";

    private final NeedFigures needs;

    NeedsSection(NeedFigures needs) {
        this.needs = needs;
    }

    @Override
    public String key() {
        return "requests";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<String> measures() {
        return List.of(OPEN, FILLED);
    }

    @Override
    public List<SituationFigure> figures(SituationPeriod period) {
        Map<List<String>, long[]> rows = new LinkedHashMap<>();
        for (var count : needs.countsSince(period.crisisStartedAt())) {
            var measure = switch (count.status()) {
                case NEW, OPEN -> 0;
                case ASSIGNED, DONE -> 1;
                default -> -1;
            };
            if (measure >= 0) {
                var key = List.of(count.districtId(), "helpkind:" + count.kind().code());
                rows.computeIfAbsent(key, k -> new long[2])[measure] += count.count();
            }
        }
        var figures = new ArrayList<SituationFigure>();
        rows.forEach((key, values) -> {
            figures.add(new SituationFigure(key.get(0), key.get(1), OPEN, values[0]));
            figures.add(new SituationFigure(key.get(0), key.get(1), FILLED, values[1]));
        });
        return figures;
    }
}
