package se.samverka.meeting;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.overview.OverviewFigure;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewSection;

/**
 * The meetings' part of the overview: network meetings held in the period (per organising department), and open
 * follow-up actions (per owning department), each with a link to the list it counts.
 */
@Component
class MeetingOverview implements OverviewSection {

    private final MeetingCounts counts;
    private final Clock clock;

    MeetingOverview(MeetingCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "meeting.overview.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverviewFigure> figures(OverviewFilter filter) {
        return List.of(held(filter), openActions(filter));
    }

    private OverviewFigure held(OverviewFilter filter) {
        var count = counts.held(filter, clock.instant());
        var link = UriComponentsBuilder.fromPath("/samverkan/moten")
                .queryParam("kind", "NETWORK")
                .queryParam("held", "true");
        if (filter.from() != null) {
            link.queryParam("from", filter.from());
        }
        if (filter.to() != null) {
            link.queryParam("to", filter.to());
        }
        if (filter.departmentId() != null) {
            link.queryParam("department", filter.departmentId());
        }
        return new OverviewFigure(
                "meeting.overview.held",
                count.total(),
                count.byDepartment(),
                link.build().toUriString());
    }

    private OverviewFigure openActions(OverviewFilter filter) {
        var count = counts.openActions(filter);
        var link = UriComponentsBuilder.fromPath("/samverkan/atgarder").queryParam("status", "OPEN");
        if (filter.departmentId() != null) {
            link.queryParam("department", filter.departmentId());
        }
        if (filter.organisationId() != null) {
            link.queryParam("organisation", filter.organisationId());
        }
        return new OverviewFigure(
                "meeting.overview.openActions",
                count.total(),
                count.byDepartment(),
                link.build().toUriString());
    }
}
