package se.samverka.desk;

import org.springframework.stereotype.Component;
import se.samverka.helprequest.StartPagePanel;

/** The week at a glance at the top of the coordinators' start page. */
@Component
class WeekPanel implements StartPagePanel {

    private final WeekFigures figures;

    WeekPanel(WeekFigures figures) {
        this.figures = figures;
    }

    @Override
    public String template() {
        return "desk/week";
    }

    @Override
    public Object content() {
        return figures.now();
    }
}
