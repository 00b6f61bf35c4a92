package se.samverka.effort;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.overview.OverviewCsv;
import se.samverka.overview.OverviewFilters;
import se.samverka.overview.OverviewForm;
import se.samverka.overview.OverviewLinks;
import se.samverka.shared.CsvTable;

/** The efforts behind the overview's figures, as a page and as a CSV file. */
@Controller
class EffortOverviewController {

    private final EffortOverview overview;
    private final OverviewFilters filters;
    private final Districts districts;
    private final MessageSource messages;
    private final Clock clock;

    EffortOverviewController(
            EffortOverview overview,
            OverviewFilters filters,
            Districts districts,
            MessageSource messages,
            Clock clock) {
        this.overview = overview;
        this.filters = filters;
        this.districts = districts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(EffortOverview.LIST)
    String list(
            @ModelAttribute("overviewForm") OverviewForm form,
            BindingResult errors,
            @RequestParam(name = "sida", defaultValue = "1") String page,
            Model model) {
        var filter = filters.read(form, errors);
        model.addAttribute("result", overview.list(filter, parsePage(page)));
        model.addAttribute("link", OverviewLinks.to(EffortOverview.LIST, filter));
        model.addAttribute("csvLink", OverviewLinks.to(EffortOverview.LIST + ".csv", filter));
        model.addAttribute("overviewLink", OverviewLinks.to("/samverkan/oversikt", filter));
        model.addAttribute("districtNames", districtNames());
        filters.addOptions(model);
        return "effort/overview-list";
    }

    @GetMapping(EffortOverview.LIST + ".csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("overviewForm") OverviewForm form, BindingResult errors, Locale locale) {
        var filter = filters.read(form, errors);
        var names = districtNames();
        var header = List.of(
                t("effort.overview.column.title", locale),
                t("effort.overview.column.owner", locale),
                t("effort.overview.column.districts", locale),
                t("effort.overview.column.start", locale),
                t("effort.overview.column.end", locale),
                t("effort.overview.column.status", locale),
                t("effort.overview.column.volunteers", locale));
        var rows = new ArrayList<List<String>>();
        for (var line : overview.all(filter)) {
            rows.add(List.of(
                    line.title(),
                    line.owner(),
                    line.districtIds().stream()
                            .map(id -> names.getOrDefault(id, id))
                            .collect(Collectors.joining(", ")),
                    line.start().toString(),
                    line.end().toString(),
                    t(line.status().messageKey(), locale),
                    Long.toString(line.volunteers())));
        }
        return OverviewCsv.download("insatser", new CsvTable(header, rows), clock);
    }

    private Map<String, String> districtNames() {
        return districts.all().stream().collect(Collectors.toMap(District::id, District::name));
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static int parsePage(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
