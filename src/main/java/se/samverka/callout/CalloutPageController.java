package se.samverka.callout;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.district.District;
import se.samverka.district.Districts;

/**
 * The coordinator's call-out pages: every call-out, and one call-out with whom Samverka asked, who was skipped and
 * why. Stopping, widening and restarting are in {@link CalloutActionController}.
 */
@Controller
@RequestMapping("/samordning/utskick")
class CalloutPageController {

    static final int PAGE_SIZE = 20;

    private final CalloutQueries calloutQueries;
    private final CalloutDetailModel detail;
    private final Districts districts;
    private final Clock clock;

    CalloutPageController(CalloutQueries calloutQueries, CalloutDetailModel detail, Districts districts, Clock clock) {
        this.calloutQueries = calloutQueries;
        this.detail = detail;
        this.districts = districts;
        this.clock = clock;
    }

    /** A call-out in the list, with the name of its district. */
    public record Row(Callout callout, String districtName) {}

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(name = "sida", defaultValue = "1") String page,
            Model model) {
        var filter = Arrays.stream(CalloutStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        var total = calloutQueries.count(filter);
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var current = Math.min(parsePage(page), pages);
        var names = districts.all().stream().collect(Collectors.toMap(District::id, District::name));
        model.addAttribute(
                "rows",
                calloutQueries.list(filter, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                        .map(c -> new Row(c, names.getOrDefault(c.districtId(), c.districtId())))
                        .toList());
        model.addAttribute("status", filter);
        model.addAttribute("statuses", CalloutStatus.values());
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("zone", clock.getZone());
        return "callout/list";
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestParam(name = "vilka", required = false) String who,
            Model model) {
        var callout = detail.found(id);
        if (htmx != null) {
            detail.addAsks(callout, model);
            return "callout/detail :: asks";
        }
        return detail.detail(callout, WidenForm.empty(), "visa".equals(who), model);
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
