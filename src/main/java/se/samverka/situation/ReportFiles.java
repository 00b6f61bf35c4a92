package se.samverka.situation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.springframework.stereotype.Component;
import se.samverka.shared.CsvTable;

/**
 * A report as a file: PDF (title, crisis, period, every table, who made it and when), XLSX (one sheet, a row per
 * figure) and CSV (the same rows, Swedish Excel style with Commons CSV).
 */
@Component
class ReportFiles {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportViews views;
    private final SituationProperties properties;

    ReportFiles(ReportViews views, SituationProperties properties) {
        this.views = views;
        this.properties = properties;
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(properties.zone()));
    }

    String period(ReportView view) {
        return time(view.report().periodFrom()) + " – " + time(view.report().periodTo());
    }

    byte[] pdf(ReportView view, Locale locale) {
        var report = view.report();
        var generated =
                views.text("situation.generatedBy", locale, views.author(report, locale), time(report.generatedAt()));
        return Pdfs.write(generated, document -> {
            document.add(Pdfs.title(views.text("situation.report.title", locale)));
            document.add(Pdfs.text(views.text("situation.crisis", locale, report.crisisName())));
            document.add(Pdfs.text(views.text("situation.period", locale, period(view))));
            document.add(Pdfs.text(generated));
            for (var table : view.tables()) {
                document.add(Pdfs.heading(table.title()));
                if (table.isEmpty()) {
                    document.add(Pdfs.text(views.text("situation.section.empty", locale)));
                    continue;
                }
                var header = new ArrayList<String>();
                header.add(views.text("situation.col.district", locale));
                if (table.hasItems()) {
                    header.add(views.text("situation.col.item", locale));
                }
                table.measures().forEach(header::add);
                var rows = new ArrayList<List<String>>();
                var all = new ArrayList<>(table.rows());
                if (table.total() != null) {
                    all.add(table.total());
                }
                for (var row : all) {
                    var cells = new ArrayList<String>();
                    cells.add(row.district());
                    if (table.hasItems()) {
                        cells.add(row.item());
                    }
                    row.cells()
                            .forEach(
                                    c -> cells.add(c.text() + (c.change() == null ? "" : " (" + c.changeText() + ")")));
                    rows.add(cells);
                }
                document.add(Pdfs.table(header, rows));
            }
            if (view.hasPrevious()) {
                document.add(Pdfs.text(views.text(
                        "situation.changes.note", locale, time(view.previous().generatedAt()))));
            }
        });
    }

    /** One row per figure: section, district, item, measure, value, change since the previous report. */
    List<List<String>> rows(ReportView view) {
        var rows = new ArrayList<List<String>>();
        for (var table : view.tables()) {
            for (var row : table.rows()) {
                for (int i = 0; i < table.measures().size(); i++) {
                    var cell = row.cells().get(i);
                    rows.add(List.of(
                            table.title(),
                            row.district(),
                            row.item(),
                            table.measures().get(i),
                            cell.text(),
                            cell.changeText()));
                }
            }
        }
        return rows;
    }

    List<String> header(Locale locale) {
        return List.of(
                views.text("situation.col.section", locale),
                views.text("situation.col.district", locale),
                views.text("situation.col.item", locale),
                views.text("situation.col.measure", locale),
                views.text("situation.col.value", locale),
                views.text("situation.col.change", locale));
    }

    /** Semicolons, CRLF, UTF-8 with a BOM (Swedish Excel), a cell starting with = + - @ behind an apostrophe. */
    byte[] csv(ReportView view, Locale locale) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var format = CSVFormat.EXCEL.builder().setDelimiter(';').get();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            printer.printRecord(
                    header(locale).stream().map(CsvTable::withoutFormula).toList());
            for (var row : rows(view)) {
                printer.printRecord(row.stream().map(CsvTable::withoutFormula).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(ReportView view, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Samverka", "1.0");
            var sheet = workbook.newWorksheet(views.text("situation.sheet", locale));
            var report = view.report();
            sheet.value(
                    0,
                    0,
                    CsvTable.withoutFormula(
                            views.text("situation.report.title", locale) + " – " + report.crisisName()));
            sheet.value(1, 0, views.text("situation.period", locale, period(view)));
            sheet.value(
                    2,
                    0,
                    views.text(
                            "situation.generatedBy", locale, views.author(report, locale), time(report.generatedAt())));
            var header = header(locale);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(4, c, header.get(c));
            }
            sheet.style(4, 0).bold().set();
            var r = 5;
            for (var row : rows(view)) {
                for (int c = 0; c < row.size(); c++) {
                    if (c == 4) {
                        sheet.value(r, c, new java.math.BigDecimal(row.get(c)));
                    } else {
                        sheet.value(r, c, CsvTable.withoutFormula(row.get(c)));
                    }
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
