package se.samverka.idea;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.overview.OverviewFigure;
import se.samverka.overview.OverviewFilter;
import se.samverka.overview.OverviewLinks;
import se.samverka.overview.OverviewPage;
import se.samverka.overview.OverviewSection;

/**
 * The ideas' part of the overview: ideas per stage, in the stages configured for Idélabbet. Ideas belong to no
 * department, so the figures are totals only. Never the submitter's name, e-mail or phone. See docs/overview.md.
 */
@Component
class IdeaOverview implements OverviewSection {

    static final String LIST = "/samverkan/oversikt/ideer";

    private final IdeaOverviewRepository repository;
    private final IdeaProperties properties;
    private final Clock clock;

    IdeaOverview(IdeaOverviewRepository repository, IdeaProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    /** One idea in the list behind the figures. */
    record Line(UUID id, String title, String stage, Instant submittedAt, List<String> districtIds) {}

    @Override
    public String titleKey() {
        return "idea.overview.title";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OverviewFigure> figures(OverviewFilter filter) {
        var counts = repository.countByStage(selection(filter, null));
        return properties.stages().stream()
                .map(stage -> new OverviewFigure(
                        "idea.stage." + stage,
                        counts.getOrDefault(stage, 0L),
                        Map.of(),
                        OverviewLinks.to(LIST, filter, "steg", stage)))
                .toList();
    }

    List<String> stages() {
        return properties.stages();
    }

    @Transactional(readOnly = true)
    OverviewPage<Line> list(OverviewFilter filter, String stage, int requestedPage) {
        var selection = selection(filter, stage);
        long total = repository.count(selection);
        int page = OverviewPage.clamp(requestedPage, total);
        return new OverviewPage<>(
                repository.lines(selection, OverviewPage.SIZE, OverviewPage.offset(page)),
                page,
                OverviewPage.pages(total),
                total);
    }

    /** Every idea the filter lets through, for the CSV file. */
    @Transactional(readOnly = true)
    List<Line> all(OverviewFilter filter, String stage) {
        return repository.lines(selection(filter, stage), Integer.MAX_VALUE, 0);
    }

    /** Ideas in a configured stage, submitted in the period (municipal days), in the district, with the organisation. */
    private IdeaOverviewRepository.Selection selection(OverviewFilter filter, String stage) {
        return new IdeaOverviewRepository.Selection(properties.stages(), stage, filter, clock.getZone());
    }
}
