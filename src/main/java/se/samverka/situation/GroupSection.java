package se.samverka.situation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import se.samverka.resourcegroup.GroupFigures;

/** The resource groups (FRG) in the report: call-outs, yes, on site now and hours, per district of the call-out. */
@Component
class GroupSection implements SituationSection {

    static final List<String> MEASURES = List.of("GROUP_CALLOUTS", "YES", "ON_SITE", "HOURS");

    private final GroupFigures groups;

    GroupSection(GroupFigures groups) {
        this.groups = groups;
    }

    @Override
    public String key() {
        return "resource-groups";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<String> measures() {
        return MEASURES;
    }

    @Override
    public List<SituationFigure> figures(SituationPeriod period) {
        var figures = new ArrayList<SituationFigure>();
        for (var d : groups.between(period.from(), period.to())) {
            figures.add(new SituationFigure(d.districtId(), "", "GROUP_CALLOUTS", d.callouts()));
            figures.add(new SituationFigure(d.districtId(), "", "YES", d.yes()));
            figures.add(new SituationFigure(d.districtId(), "", "ON_SITE", d.onSite()));
            figures.add(new SituationFigure(d.districtId(), "", "HOURS", d.hours()));
        }
        return figures;
    }
}
