package se.samverka.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import se.samverka.organisation.Department;
import se.samverka.shared.CsvTable;

/**
 * The overview as rows: one table per section, a row per figure, a column per department shown and the total.
 *
 * @param departments the department columns
 * @param sections the sections in their order
 */
record OverviewTable(List<Department> departments, List<Section> sections) {

    /** A section's table; {@code byDepartment} is false when none of its figures is divided by department. */
    record Section(String titleKey, List<Row> rows, boolean byDepartment) {}

    /** One figure; {@code cells} is empty when the figure is not divided by department. */
    record Row(String labelKey, long total, String link, List<Cell> cells) {}

    /** One department's count and the list behind it. */
    record Cell(long count, String link) {}

    static OverviewTable of(List<OverviewSection> sections, List<Department> departments, OverviewFilter filter) {
        var views = sections.stream()
                .sorted(Comparator.comparingInt(OverviewSection::order))
                .map(section -> {
                    var rows = section.figures(filter).stream()
                            .map(figure -> row(figure, departments))
                            .toList();
                    return new Section(
                            section.titleKey(),
                            rows,
                            rows.stream().anyMatch(r -> !r.cells().isEmpty()));
                })
                .toList();
        return new OverviewTable(departments, views);
    }

    private static Row row(OverviewFigure figure, List<Department> departments) {
        var cells = figure.byDepartment().isEmpty()
                ? List.<Cell>of()
                : departments.stream()
                        .map(d -> new Cell(
                                figure.byDepartment().getOrDefault(d.id(), 0L),
                                OverviewLinks.forDepartment(figure.link(), d.id())))
                        .toList();
        return new Row(figure.labelKey(), figure.total(), figure.link(), cells);
    }

    /** The same table for a spreadsheet: section and figure, then the departments and the total. */
    CsvTable csv(MessageSource messages, Locale locale) {
        var header = new ArrayList<String>();
        header.add(messages.getMessage("overview.csv.section", null, locale));
        header.add(messages.getMessage("overview.csv.figure", null, locale));
        departments.forEach(d -> header.add(d.name()));
        header.add(messages.getMessage("overview.total", null, locale));
        var lines = new ArrayList<List<String>>();
        for (var section : sections) {
            var title = messages.getMessage(section.titleKey(), null, section.titleKey(), locale);
            for (var row : section.rows()) {
                var line = new ArrayList<String>();
                line.add(title);
                line.add(messages.getMessage(row.labelKey(), null, row.labelKey(), locale));
                for (int i = 0; i < departments.size(); i++) {
                    line.add(
                            row.cells().isEmpty()
                                    ? ""
                                    : Long.toString(row.cells().get(i).count()));
                }
                line.add(Long.toString(row.total()));
                lines.add(line);
            }
        }
        return new CsvTable(header, lines);
    }
}
