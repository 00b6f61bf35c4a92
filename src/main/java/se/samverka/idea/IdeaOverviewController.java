package se.samverka.idea;

import java.time.Clock;
import java.time.LocalDate;
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

/** The ideas behind the overview's figures, as a page and as a CSV file; never the submitter. */
@Controller
class IdeaOverviewController {

    private final IdeaOverview overview;
    private final OverviewFilters filters;
    private final Districts districts;
    private final MessageSource messages;
    private final Clock clock;

    IdeaOverviewController(
            IdeaOverview overview, OverviewFilters filters, Districts districts, MessageSource messages, Clock clock) {
        this.overview = overview;
        this.filters = filters;
        this.districts = districts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(IdeaOverview.LIST)
    String list(
            @ModelAttribute("overviewForm") OverviewForm form,
            BindingResult errors,
            @RequestParam(name = "steg", required = false) String stageName,
            @RequestParam(name = "sida", defaultValue = "1") String page,
            Model model) {
        var filter = filters.read(form, errors);
        var stage = stage(stageName);
        model.addAttribute("result", overview.list(filter, stage, parsePage(page)));
        model.addAttribute("stage", stage);
        model.addAttribute("link", OverviewLinks.to(IdeaOverview.LIST, filter, "steg", stage));
        model.addAttribute("csvLink", OverviewLinks.to(IdeaOverview.LIST + ".csv", filter, "steg", stage));
        model.addAttribute("allLink", OverviewLinks.to(IdeaOverview.LIST, filter));
        model.addAttribute("overviewLink", OverviewLinks.to("/samverkan/oversikt", filter));
        model.addAttribute("districtNames", districtNames());
        model.addAttribute("zone", clock.getZone());
        filters.addOptions(model);
        return "idea/overview-list";
    }

    @GetMapping(IdeaOverview.LIST + ".csv")
    ResponseEntity<byte[]> csv(
            @ModelAttribute("overviewForm") OverviewForm form,
            BindingResult errors,
            @RequestParam(name = "steg", required = false) String stageName,
            Locale locale) {
        var filter = filters.read(form, errors);
        var names = districtNames();
        var header = List.of(
                t("idea.overview.column.title", locale),
                t("idea.overview.column.stage", locale),
                t("idea.overview.column.districts", locale),
                t("idea.overview.column.submitted", locale));
        var rows = new ArrayList<List<String>>();
        for (var line : overview.all(filter, stage(stageName))) {
            rows.add(List.of(
                    line.title(),
                    messages.getMessage("idea.stage." + line.stage(), null, line.stage(), locale),
                    line.districtIds().stream()
                            .map(id -> names.getOrDefault(id, id))
                            .collect(Collectors.joining(", ")),
                    LocalDate.ofInstant(line.submittedAt(), clock.getZone()).toString()));
        }
        return OverviewCsv.download("ideer", new CsvTable(header, rows), clock);
    }

    private String stage(String name) {
        return name != null && overview.stages().contains(name) ? name : null;
    }

    private Map<String, String> districtNames() {
        return districts.all().stream().collect(Collectors.toMap(District::id, District::name));
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
