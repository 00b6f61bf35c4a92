package se.samverka.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import se.samverka.incident.IncidentFigures;
import se.samverka.incident.IncidentKind;
import se.samverka.incident.IncidentStatus;

/**
 * Incidents reported in the period, per kind: how many, and how many of them are still open. Counts only; incidents
 * have no severity in Samverka, so none is shown.
 */
@Component
class IncidentsSection implements SituationSection {

    static final String REPORTED = "REPORTED";
    static final String STILL_OPEN = "STILL_OPEN";

    private final IncidentFigures incidents;

    IncidentsSection(IncidentFigures incidents) {
        this.incidents = incidents;
    }

    @Override
    public String key() {
        return "incidents";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<String> measures() {
        return List.of(REPORTED, STILL_OPEN);
    }

    @Override
    public List<SituationFigure> figures(SituationPeriod period) {
        Map<IncidentKind, long[]> rows = new TreeMap<>();
        for (var count : incidents.reported(period.from(), period.to())) {
            var row = rows.computeIfAbsent(count.kind(), k -> new long[2]);
            row[0] += count.count();
            if (count.status() != IncidentStatus.CLOSED) {
                row[1] += count.count();
            }
        }
        var figures = new ArrayList<SituationFigure>();
        rows.forEach((kind, values) -> {
            figures.add(new SituationFigure("", kind.messageKey(), REPORTED, values[0]));
            figures.add(new SituationFigure("", kind.messageKey(), STILL_OPEN, values[1]));
        });
        return figures;
    }
}
