package se.samverka.helprequest;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.helpkind.KindOfHelp;
import se.samverka.shared.HelpKind;

/**
 * The coordinators' home: requests by status, filtered and paged. One URL answers both the full page and,
 * for htmx, just the results; the filter form works without JavaScript.
 */
@Controller
class QueueController {

    static final int PAGE_SIZE = 25;

    private final QueueQueries queries;
    private final Districts districts;

    private final HelpRequestProperties properties;
    private final Clock clock;
    private final ObjectProvider<StartPagePanel> panels;
    private final QueueCounts tabCounts;
    private final HelpKinds kinds;

    QueueController(
            QueueQueries queries,
            Districts districts,
            HelpRequestProperties properties,
            Clock clock,
            ObjectProvider<StartPagePanel> panels,
            QueueCounts tabCounts,
            HelpKinds kinds) {
        this.kinds = kinds;
        this.panels = panels;
        this.tabCounts = tabCounts;
        this.properties = properties;
        this.clock = clock;
        this.queries = queries;
        this.districts = districts;
    }

    static final int ATTENTION_SHOWN = 20;

    @GetMapping("/samordning")
    String queue(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model,
            HttpServletResponse response) {
        // a kind nobody could have chosen (a hand-edited address) is dropped like the other filters' bad values
        var filter = QueueFilter.parse(
                status, district, kinds.parse(kind).map(HelpKind::name).orElse(null), from, to, page);
        var all = districts.all();
        model.addAttribute("filter", filter);
        model.addAttribute("tabs", QueueTab.of(tabCounts.of(filter)));
        model.addAttribute("results", queries.page(filter, PAGE_SIZE));
        model.addAttribute("districts", all);
        model.addAttribute("districtNames", all.stream().collect(Collectors.toMap(District::id, District::name)));
        // a filter over stored requests: retired kinds too, after the active ones
        model.addAttribute("kinds", kinds.all().stream().map(KindOfHelp::kind).toList());
        model.addAttribute(
                "attention",
                queries.needingAttention(
                        filter.district(),
                        clock.instant().minus(properties.attentionAfter()),
                        LocalDate.now(clock).plusDays(1),
                        ATTENTION_SHOWN));
        // the same address answers a page or a fragment: caches must keep them apart
        response.addHeader("Vary", "HX-Request");
        // htmx asks for the whole page when it restores history it no longer has
        if (htmx != null && historyRestore == null) {
            return "helprequest/queue :: results";
        }
        model.addAttribute("panels", panels.orderedStream().toList());
        return "helprequest/queue";
    }
}
