package se.samverka.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.samverka.situation.SituationFixtures.COORDINATOR;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.TestVolunteer;
import se.samverka.crisis.Crises;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.incident.IncidentKind;
import se.samverka.incident.Incidents;
import se.samverka.incident.NewIncident;
import se.samverka.shared.HelpKind;

/**
 * A report's figures against totals the test works out from the data it made: on the page, in the PDF (read back with
 * OpenPDF), in the XLSX (read back with FastExcel's reader) and in the CSV; and the change since the previous report.
 */
@IntegrationTest
class SituationReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Crises crises;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Efforts efforts;

    @Autowired
    Incidents incidents;

    @Autowired
    Districts districts;

    @Autowired
    SituationReports reports;

    @Autowired
    ReportViews views;

    SituationFixtures data;
    String crisisName;
    String north;
    String northName;
    String summa;
    String summaName;

    @BeforeEach
    void setUp() throws Exception {
        data = new SituationFixtures(mvc, jdbc, crises, helpRequests, efforts);
        var suffix = UUID.randomUUID().toString().substring(0, 6);
        crisisName = "Strömavbrott " + suffix;
        northName = "Norrby " + suffix;
        summaName = "=Summa " + suffix;
        north = districts.save(null, northName, 650000, 6580000, 990, Set.of());
        summa = districts.save(null, summaName, 651000, 6581000, 991, Set.of());
        data.startCrisis(crisisName);
    }

    @AfterEach
    void tearDown() {
        data.endAnyCrisis();
    }

    @Test
    void theFiguresAndTheirChangesAreTheSameOnThePageAndInThePdfXlsxAndCsv() throws Exception {
        data.request("Ada Före", summa, HelpKind.SHOPPING, "Vatten");
        var t1 = Instant.now();
        var first = reports.generate("Test Före", t1).orElseThrow();

        var v1 = volunteer("Vera Ett");
        var v2 = volunteer("Viggo Två");
        var v3 = volunteer("Vilma Tre");
        var assigned = data.request("Bo Tilldelad", north, HelpKind.SHOPPING, "Mat");
        data.request("Cissi Väntar", north, HelpKind.SHOPPING, "Mat");
        data.request("Dan Medicin", north, HelpKind.PHARMACY, "Recept");
        data.request("Eva Efter", summa, HelpKind.SHOPPING, "Vatten");
        data.assign(assigned, v1.id());
        // a shift of 150 minutes starting after t1 and before t2, never across midnight (the database forbids it)
        var start = t1.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plus(Duration.ofMinutes(2));
        var midnight = start.atZone(SituationFixtures.STOCKHOLM)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(SituationFixtures.STOCKHOLM)
                .toInstant();
        if (Duration.between(start, midnight).toMinutes() <= 150) {
            start = midnight;
        }
        var shift = data.shift(north, start, 150, 4);
        data.confirm(shift, v1.id());
        data.confirm(shift, v2.id());
        data.saidYes(v3.id(), north);
        incidents.report(new NewIncident(
                IncidentKind.NO_SHOW, "Kom inte", LocalDate.now(), null, null, null, "test", false, null));
        var second =
                reports.generate("Test Efter", t1.plus(Duration.ofHours(3))).orElseThrow();

        // the page: each figure in its table, with the change since the first report
        var page = Jsoup.parse(
                new String(data.download("/samordning/lagesrapport/" + second, COORDINATOR), StandardCharsets.UTF_8));
        assertThat(page.select("#situation-crisis").text()).contains(crisisName);
        assertThat(page.select("#situation-generated").text()).contains("Test Efter");
        assertThat(page.select("#situation-changes")).hasSize(1);
        var requests = page.select("#situation-requests tbody tr");
        assertThat(rowText(requests, summaName)).contains("2 (+1)", "0 (±0)");
        assertThat(rowText(page.select("#situation-shifts tbody tr"), northName))
                .contains("4 (+4)", "2 (+2)");
        // people and incidents are counted over the whole municipality: the first report's period may hold what an
        // earlier test in the same database did in the minutes before, so only the second period's own figures count
        assertThat(page.select("#situation-people tbody tr").text())
                .matches(".*\\b1 \\([^)]*\\) 2 \\([^)]*\\) 1 \\([^)]*\\) 3 \\([^)]*\\).*");
        assertThat(rowText(page.select("#situation-hours tbody tr"), northName)).contains("5 (+5)");
        assertThat(page.select("#situation-incidents tbody tr").text())
                .contains("Uteblev")
                .matches(".*\\b1 \\(.*");
        assertThat(page.select("table[data-chart]")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.select("script[src*=situation-charts]")).hasSize(1);
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();

        // the first report has no previous one to compare with
        var firstView = views.of(reports.find(first).orElseThrow(), Locale.forLanguageTag("sv"));
        assertThat(firstView.hasPrevious()).isFalse();

        // PDF: read back with OpenPDF
        var pdfBytes = data.download("/samordning/lagesrapport/" + second + "/lagesrapport.pdf", COORDINATOR);
        var reader = new PdfReader(pdfBytes);
        var text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        assertThat(text.toString())
                .contains("Lägesrapport", crisisName, "Gjord av Test Efter", northName, summaName)
                .contains("5 (+5)", "2 (+1)")
                .containsPattern("\\b3 \\(");

        // XLSX: the open requests of the test's districts add up to what the test made (4 waiting: 1 + 1 + 2)
        var rows = new ArrayList<List<String>>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(
                data.download("/samordning/lagesrapport/" + second + "/lagesrapport.xlsx", COORDINATOR)))) {
            workbook.getFirstSheet().openStream().forEach(r -> {
                var cells = new ArrayList<String>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    cells.add(r.getCellText(c));
                }
                rows.add(cells);
            });
        }
        assertThat(rows.get(0).get(0)).contains(crisisName);
        assertThat(sum(rows, "Förfrågningar", "Öppna")).isEqualByComparingTo("4");
        assertThat(sum(rows, "Förfrågningar", "Tillsatta")).isEqualByComparingTo("1");
        assertThat(sum(rows, "Timmar", "Timmar")).isEqualByComparingTo("5");
        assertThat(sum(rows, "Platser", "Öppna")).isEqualByComparingTo("2");

        // CSV: BOM, semicolons, and cells that would start a formula behind an apostrophe
        var csv = data.download("/samordning/lagesrapport/" + second + "/lagesrapport.csv", COORDINATOR);
        assertThat(csv[0] & 0xFF).isEqualTo(0xEF);
        assertThat(csv[1] & 0xFF).isEqualTo(0xBB);
        assertThat(csv[2] & 0xFF).isEqualTo(0xBF);
        var lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("Avsnitt;Område;Slag;Mått;Värde;Ändring sedan förra");
        assertThat(lines)
                .anySatisfy(l -> assertThat(l)
                        .startsWith("Förfrågningar om hjälp sedan krisen började;'" + summaName + ";")
                        .endsWith(";Öppna;2;'+1"));
        assertThat(String.join("\n", lines))
                .doesNotContain(";=")
                .doesNotContain(";+")
                .doesNotContain(";-");
    }

    private TestVolunteer.Created volunteer(String name) {
        return TestVolunteer.named(name)
                .in(north)
                .email("l-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se")
                .adult(true)
                .insert(jdbc);
    }

    private static String rowText(org.jsoup.select.Elements rows, String district) {
        return rows.stream()
                .filter(r -> r.select("th").text().equals(district))
                .map(r -> r.text())
                .reduce("", (a, b) -> a + " | " + b);
    }

    /** The sum of the values of one measure in the sections whose title starts so, over the test's districts. */
    private BigDecimal sum(List<List<String>> rows, String section, String measure) {
        return rows.stream()
                .filter(r -> r.size() >= 5
                        && r.get(0).startsWith(section)
                        && r.get(3).equals(measure))
                .filter(r -> r.get(1).equals(northName) || r.get(1).equals("'" + summaName))
                .map(r -> new BigDecimal(r.get(4)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
