package se.samverka.collaboration;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.overview.OverviewFigure;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewSection;

/**
 * The collaboration register's part of the overview: active agreements, and active agreements that end within 90
 * days, per department and in total. Agreements belong to no district, so the district filter narrows nothing here;
 * the period keeps agreements whose period overlaps it.
 */
@Component
class AgreementOverview implements OverviewSection {

    private final AgreementQueries search;

    AgreementOverview(AgreementQueries search) {
        this.search = search;
    }

    @Override
    public String titleKey() {
        return "collaboration.overview.title";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverviewFigure> figures(OverviewFilter filter) {
        var active = new AgreementFilter(
                filter.departmentId(),
                filter.organisationId(),
                null,
                AgreementStatus.ACTIVE,
                false,
                filter.from(),
                filter.to());
        var ending = new AgreementFilter(
                filter.departmentId(),
                filter.organisationId(),
                null,
                AgreementStatus.ACTIVE,
                true,
                filter.from(),
                filter.to());
        return List.of(
                figure("collaboration.overview.active", active), figure("collaboration.overview.ending", ending));
    }

    private OverviewFigure figure(String labelKey, AgreementFilter filter) {
        var byDepartment = search.countByDepartment(filter);
        var total = byDepartment.values().stream().mapToLong(Long::longValue).sum();
        return new OverviewFigure(labelKey, total, byDepartment, "/samverkan/avtal" + filter.query());
    }
}
