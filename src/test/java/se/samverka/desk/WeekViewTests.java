package se.samverka.desk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import se.samverka.IntegrationTest;
import se.samverka.callout.CalloutFigures.DayFill;
import se.samverka.callout.CalloutFigures.OpenNeeds;
import se.samverka.callout.Urgency;

/** The week's panel as a coordinator sees it on an empty database and in a busy week, in both languages. */
@IntegrationTest
class WeekViewTests {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Autowired
    ITemplateEngine templates;

    @Autowired
    ServletContext servletContext;

    Document render(Week week, Locale locale) {
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
        var context = new WebContext(exchange, locale);
        context.setVariable("panel", week);
        return Jsoup.parse(templates.process("desk/week", Set.of("panel"), context));
    }

    static Week week(long[] open, long[][] days, long filled, Duration median, Duration p90, long reserve) {
        var urgencies = Urgency.values();
        var openLines = Arrays.stream(urgencies)
                .map(u -> new Week.UrgencyLine(u, new OpenNeeds(open[u.ordinal()], open[u.ordinal()] * 2)))
                .toList();
        var dayLines = java.util.stream.IntStream.range(0, 7)
                .mapToObj(i -> new Week.DayLine(MONDAY.plusDays(i), new DayFill(days[i][0], days[i][1])))
                .toList();
        return new Week(MONDAY, MONDAY.plusDays(6), openLines, dayLines, filled, median, p90, reserve);
    }

    @Test
    void anEmptyDatabaseGivesZerosAndSaysWhatWillShowWithoutCharts() {
        var empty = week(new long[3], new long[7][2], 0, null, null, 0);

        var sv = render(empty, Locale.forLanguageTag("sv"));

        assertThat(sv.getElementById("week-fill-rate").text())
                .isEqualTo("Inga platser efterfrågade för veckans behov än");
        assertThat(sv.getElementById("week-time-to-fill").text()).isEqualTo("Inga ja den här veckan än");
        assertThat(sv.getElementById("week-reserve").text()).isEqualTo("0");
        assertThat(sv.getElementById("week-open-empty").text()).contains("Inga behov väntar på folk just nu");
        assertThat(sv.getElementById("week-open").hasAttr("data-chart")).isFalse();
        assertThat(sv.getElementById("week-days")).isNull();
        assertThat(sv.getElementById("week-days-empty")).isNotNull();

        var en = render(empty, Locale.ENGLISH);
        assertThat(en.getElementById("week-days-empty").text()).startsWith("No places asked for needs this week yet");
        assertThat(en.getElementById("week-open-empty").text()).contains("No needs are waiting for people");
    }

    @Test
    void aBusyWeekShowsItsFiguresAsTablesMarkedForCharts() {
        long[][] days = {{4, 3}, {0, 0}, {2, 2}, {0, 0}, {0, 0}, {1, 0}, {0, 0}};
        var busy = week(new long[] {2, 1, 0}, days, 5, Duration.ofMinutes(45), Duration.ofMinutes(130), 812);

        var sv = render(busy, Locale.forLanguageTag("sv"));

        assertThat(sv.getElementById("week-fill-rate").text()).isEqualTo("71 % (5 av 7)");
        assertThat(sv.getElementById("week-time-to-fill").text())
                .isEqualTo("median 0 h 45 min, 90:e percentilen 2 h 10 min (5 ja)");
        assertThat(sv.getElementById("week-reserve").text()).isEqualTo("812");
        assertThat(sv.getElementById("week-open").attr("data-chart")).isEqualTo("bar");
        assertThat(sv.getElementById("week-open-empty")).isNull();
        var table = sv.getElementById("week-days");
        assertThat(table.attr("data-chart")).isEqualTo("line");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Tillsatta platser per dag (behovets dag)");
        assertThat(table.select("tbody th[scope=row]")).hasSize(7);
        assertThat(table.select("tbody tr").first().select("td").eachText()).containsExactly("4", "3", "75 %");
        assertThat(table.select("tbody tr").get(1).select("td").last().attr("data-value"))
                .isEmpty();

        var en = render(busy, Locale.ENGLISH);
        assertThat(en.getElementById("week-time-to-fill").text())
                .isEqualTo("median 0 h 45 min, 90th percentile 2 h 10 min (5 yeses)");
        assertThat(en.getElementById("week-fill-rate").text()).isEqualTo("71 % (5 of 7)");
    }
}
