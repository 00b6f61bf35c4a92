package se.samverka.situation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;

/** Turns a stored report into tables: labels in the reader's language, rows sorted, totals, and the changes. */
@Component
class ReportViews {

    static final String KIND_PREFIX = "helpkind:";

    private final SituationReports reports;
    private final MessageSource messages;
    private final Districts districts;
    private final HelpKinds kinds;

    ReportViews(SituationReports reports, MessageSource messages, Districts districts, HelpKinds kinds) {
        this.reports = reports;
        this.messages = messages;
        this.districts = districts;
        this.kinds = kinds;
    }

    ReportView of(Report report, Locale locale) {
        var previous = reports.previous(report).orElse(null);
        var before = new HashMap<String, BigDecimal>();
        if (previous != null) {
            reports.figures(previous.id())
                    .forEach(r -> before.put(r.identity(), r.figure().value()));
        }
        var figures = reports.figures(report.id());
        var names = new HashMap<String, String>();
        districts.all().forEach(d -> names.put(d.id(), d.name()));
        var tables = new ArrayList<ReportView.Table>();
        for (var section : reports.sections()) {
            var measures = section.measures();
            Map<List<String>, Map<String, BigDecimal>> rows = new LinkedHashMap<>();
            for (var r : figures) {
                if (r.section().equals(section.key())) {
                    rows.computeIfAbsent(
                                    List.of(r.figure().districtId(), r.figure().itemKey()), k -> new HashMap<>())
                            .put(r.figure().measure(), r.figure().value());
                }
            }
            var list = new ArrayList<ReportView.Row>();
            var totals = new BigDecimal[measures.size()];
            var totalsBefore = new BigDecimal[measures.size()];
            java.util.Arrays.fill(totals, BigDecimal.ZERO);
            java.util.Arrays.fill(totalsBefore, BigDecimal.ZERO);
            rows.forEach((key, values) -> {
                var cells = new ArrayList<ReportView.Cell>();
                for (int i = 0; i < measures.size(); i++) {
                    var value = values.getOrDefault(measures.get(i), BigDecimal.ZERO);
                    var old = before.getOrDefault(
                            section.key() + '|' + key.get(0) + '|' + key.get(1) + '|' + measures.get(i),
                            BigDecimal.ZERO);
                    totals[i] = totals[i].add(value);
                    totalsBefore[i] = totalsBefore[i].add(old);
                    cells.add(new ReportView.Cell(value, previous == null ? null : value.subtract(old)));
                }
                list.add(new ReportView.Row(district(key.get(0), names, locale), item(key.get(1), locale), cells));
            });
            list.sort(Comparator.comparing(ReportView.Row::district).thenComparing(ReportView.Row::item));
            ReportView.Row total = null;
            if (list.size() > 1) {
                var cells = new ArrayList<ReportView.Cell>();
                for (int i = 0; i < measures.size(); i++) {
                    cells.add(new ReportView.Cell(
                            totals[i], previous == null ? null : totals[i].subtract(totalsBefore[i])));
                }
                total = new ReportView.Row(text("situation.total", locale), "", cells);
            }
            tables.add(new ReportView.Table(
                    section.key(),
                    text("situation.section." + section.key(), locale),
                    measures.stream()
                            .map(m -> text("situation.measure." + m, locale))
                            .toList(),
                    list.stream().anyMatch(r -> !r.item().isEmpty()),
                    list,
                    total));
        }
        return new ReportView(report, previous, tables);
    }

    /** The report's author as people read it: a name, or "the daily report". */
    String author(Report report, Locale locale) {
        return report.byTheDailyTask() ? text("situation.author.daily", locale) : report.generatedBy();
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private String district(String id, Map<String, String> names, Locale locale) {
        return id.isEmpty() ? text("situation.district.all", locale) : names.getOrDefault(id, id);
    }

    private String item(String key, Locale locale) {
        if (key.isEmpty()) {
            return "";
        }
        if (key.startsWith(KIND_PREFIX)) {
            var code = key.substring(KIND_PREFIX.length());
            try {
                var name = kinds.name(new HelpKind(code), locale);
                return name == null ? code : name;
            } catch (IllegalArgumentException e) {
                return code;
            }
        }
        return text(key, locale);
    }
}
