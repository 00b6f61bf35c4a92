package se.samverka.overview;

import java.time.Clock;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.samverka.organisation.Departments;

/** The collaboration body's overview: every module's figures per department and in total, under one filter. */
@Controller
class OverviewController {

    private final ObjectProvider<OverviewSection> sections;
    private final OverviewFilters filters;
    private final Departments departments;
    private final MessageSource messages;
    private final Clock clock;

    OverviewController(
            ObjectProvider<OverviewSection> sections,
            OverviewFilters filters,
            Departments departments,
            MessageSource messages,
            Clock clock) {
        this.sections = sections;
        this.filters = filters;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/samverkan/oversikt")
    String page(@ModelAttribute("overviewForm") OverviewForm form, BindingResult errors, Model model) {
        var filter = filters.read(form, errors);
        model.addAttribute("table", table(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("csvLink", OverviewLinks.to("/samverkan/oversikt.csv", filter));
        filters.addOptions(model);
        return "overview/overview";
    }

    @GetMapping("/samverkan/oversikt.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute("overviewForm") OverviewForm form, BindingResult errors, Locale locale) {
        var filter = filters.read(form, errors);
        return OverviewCsv.download("oversikt", table(filter).csv(messages, locale), clock);
    }

    private OverviewTable table(OverviewFilter filter) {
        var shown = departments.active().stream()
                .filter(d -> filter.departmentId() == null || d.id().equals(filter.departmentId()))
                .toList();
        return OverviewTable.of(sections.stream().toList(), shown, filter);
    }
}
