package se.samverka.referral;

import java.time.Clock;
import java.time.Instant;
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

/** The offers behind the overview's referral figures, as a page and as a CSV file; never the resident. */
@Controller
class ReferralOverviewController {

    private final ReferralOverview overview;
    private final OverviewFilters filters;
    private final Districts districts;
    private final MessageSource messages;
    private final Clock clock;

    ReferralOverviewController(
            ReferralOverview overview,
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

    @GetMapping(ReferralOverview.LIST)
    String list(
            @ModelAttribute("overviewForm") OverviewForm form,
            BindingResult errors,
            @RequestParam(name = "utfall", required = false) String outcomeName,
            @RequestParam(name = "sida", defaultValue = "1") String page,
            Model model) {
        var filter = filters.read(form, errors);
        var outcome = ReferralOutcome.parse(outcomeName);
        var extra = outcome == null ? null : outcome.name();
        model.addAttribute("result", overview.list(filter, outcome, parsePage(page)));
        model.addAttribute("outcome", outcome);
        model.addAttribute("link", OverviewLinks.to(ReferralOverview.LIST, filter, "utfall", extra));
        model.addAttribute("csvLink", OverviewLinks.to(ReferralOverview.LIST + ".csv", filter, "utfall", extra));
        model.addAttribute("allLink", OverviewLinks.to(ReferralOverview.LIST, filter));
        model.addAttribute("overviewLink", OverviewLinks.to("/samverkan/oversikt", filter));
        model.addAttribute("districtNames", districtNames());
        model.addAttribute("zone", clock.getZone());
        filters.addOptions(model);
        return "referral/overview-list";
    }

    @GetMapping(ReferralOverview.LIST + ".csv")
    ResponseEntity<byte[]> csv(
            @ModelAttribute("overviewForm") OverviewForm form,
            BindingResult errors,
            @RequestParam(name = "utfall", required = false) String outcomeName,
            Locale locale) {
        var filter = filters.read(form, errors);
        var names = districtNames();
        var header = List.of(
                t("referral.overview.column.organisation", locale),
                t("referral.overview.column.kind", locale),
                t("referral.overview.column.district", locale),
                t("referral.overview.column.offered", locale),
                t("referral.overview.column.deadline", locale),
                t("referral.overview.column.answered", locale),
                t("referral.overview.column.outcome", locale));
        var rows = new ArrayList<List<String>>();
        for (var line : overview.all(filter, ReferralOutcome.parse(outcomeName))) {
            rows.add(List.of(
                    line.organisation(),
                    t(line.kind().messageKey(), locale),
                    names.getOrDefault(line.districtId(), line.districtId()),
                    day(line.offeredAt()),
                    day(line.deadline()),
                    day(line.answeredAt()),
                    t(line.outcome().messageKey(), locale)));
        }
        return OverviewCsv.download("hanvisningar", new CsvTable(header, rows), clock);
    }

    private String day(Instant instant) {
        return instant == null
                ? ""
                : LocalDate.ofInstant(instant, clock.getZone()).toString();
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
