package se.samverka.callout;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * The coordinator's call-out pages: every call-out, and one call-out with whom Samverka asked, who was
 * skipped and why; stop, widen and restart it.
 */
@Controller
@RequestMapping("/samordning/utskick")
class CalloutPageController {

    static final int PAGE_SIZE = 20;
    private static final String PATH = "/samordning/utskick/";
    private static final List<String> END_REASONS =
            List.of("FILLED", "FILLED_ELSEWHERE", "STOPPED", "CLOSED", "NOBODY_LEFT");

    private final Callouts callouts;
    private final CalloutQueries calloutQueries;
    private final Districts districts;
    private final Volunteers volunteers;
    private final Clock clock;

    CalloutPageController(
            Callouts callouts, CalloutQueries calloutQueries, Districts districts, Volunteers volunteers, Clock clock) {
        this.callouts = callouts;
        this.calloutQueries = calloutQueries;
        this.districts = districts;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** A call-out in the list, with the name of its district. */
    public record Row(Callout callout, String districtName) {}

    /** One ask with the volunteer's name. */
    public record AskRow(CalloutAsk ask, String name) {}

    /** How many volunteers were skipped for one reason, and their names. */
    /** Skipped volunteers of one reason: how many in the latest wave, and who (as things stand now) when asked. */
    public record SkipGroup(SkipReason reason, int count, List<String> names) {}

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
        var callout = found(id);
        if (htmx != null) {
            addAsks(callout, model);
            return "callout/detail :: asks";
        }
        return detail(callout, WidenForm.empty(), "visa".equals(who), model);
    }

    @GetMapping("/{id}/stoppa")
    String confirmStop(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        var callout = found(id);
        if (!callout.isActive()) {
            redirect.addFlashAttribute("flash", "callout.page.notActive");
            return "redirect:" + PATH + id;
        }
        model.addAttribute("callout", callout);
        model.addAttribute(
                "pending",
                calloutQueries.asks(id).stream()
                        .filter(a -> a.status() == AskStatus.PENDING)
                        .count());
        return "callout/stop";
    }

    @PostMapping("/{id}/stoppa")
    String stop(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
        var callout = found(id);
        if (!callout.isActive()) {
            redirect.addFlashAttribute("flash", "callout.page.notActive");
            return "redirect:" + PATH + id;
        }
        var before = stoodDown(callout);
        callouts.stop(id, user.getName());
        redirect.addFlashAttribute("flash", "callout.page.stopped");
        redirect.addFlashAttribute("flashCount", stoodDown(found(id)) - before);
        return "redirect:" + PATH + id;
    }

    @PostMapping("/{id}/bredda")
    String widen(
            @PathVariable UUID id,
            @ModelAttribute("widen") WidenForm widen,
            BindingResult result,
            Principal user,
            Model model,
            RedirectAttributes redirect) {
        var callout = found(id);
        if (!callout.isActive()) {
            redirect.addFlashAttribute("flash", "callout.page.notActive");
            return "redirect:" + PATH + id;
        }
        var problem = widen.problem();
        if (problem != null || result.hasErrors()) {
            if (problem != null) {
                result.rejectValue("morePeople", problem);
            }
            return detail(callout, widen, false, model);
        }
        try {
            var asked = callouts.widen(id, widen.everyDistrict(), widen.more(), user.getName());
            redirect.addFlashAttribute("flash", "callout.page.widened");
            redirect.addFlashAttribute("flashCount", asked);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("flash", "callout.page.notActive");
        }
        return "redirect:" + PATH + id;
    }

    @PostMapping("/{id}/starta-om")
    String restart(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
        found(id);
        try {
            var newId = callouts.restart(id, user.getName());
            redirect.addFlashAttribute("flash", "callout.page.restarted");
            return "redirect:" + PATH + newId;
        } catch (Callouts.AlreadyActive e) {
            redirect.addFlashAttribute("flash", "callout.page.alreadyActive");
            return "redirect:" + PATH + (e.calloutId() == null ? id : e.calloutId());
        } catch (Callouts.NotOpen e) {
            redirect.addFlashAttribute("flash", "callout.page.restartNotOpen");
            return "redirect:/samordning/utskick/" + id;
        } catch (IllegalStateException | IllegalArgumentException e) {
            redirect.addFlashAttribute("flash", "callout.page.restartFailed");
            return "redirect:" + PATH + id;
        }
    }

    private String detail(Callout callout, WidenForm widen, boolean showWho, Model model) {
        model.addAttribute(
                "districtName",
                districts.find(callout.districtId()).map(District::name).orElse(callout.districtId()));
        model.addAttribute("subjectPath", subjectPath(callout));
        model.addAttribute(
                "endReasonKey",
                callout.endReason() == null
                        ? null
                        : "callout.endReason."
                                + (END_REASONS.contains(callout.endReason()) ? callout.endReason() : "OTHER"));
        model.addAttribute("waves", calloutQueries.waves(callout.id()));
        model.addAttribute("needOpen", callouts.isNeedOpen(callout));
        addAsks(callout, model);
        addSkipped(callout, showWho, model);
        model.addAttribute("widen", widen);
        model.addAttribute("maxMore", WidenForm.MAX_MORE);
        return "callout/detail";
    }

    private void addAsks(Callout callout, Model model) {
        var asks = calloutQueries.asks(callout.id());
        model.addAttribute("callout", callout);
        model.addAttribute(
                "asks",
                asks.stream().map(a -> new AskRow(a, name(a.volunteerId()))).toList());
        model.addAttribute(
                "answered",
                asks.stream()
                        .filter(a -> a.status() == AskStatus.ACCEPTED || a.status() == AskStatus.DECLINED)
                        .count());
        model.addAttribute("zone", clock.getZone());
    }

    /** Counts per reason as the latest wave stored them; the people only when the coordinator asks to see them. */
    private void addSkipped(Callout callout, boolean showWho, Model model) {
        var counts = calloutQueries.skipCounts(callout.id());
        Map<SkipReason, List<String>> byReason = new EnumMap<>(SkipReason.class);
        // a hand-picked call-out held back some of the chosen: the coordinator saw who when asking, and the wave
        // keeps only the counts; the people near the need it never looked at were not skipped
        if (showWho && !callout.handPicked()) {
            for (var s : calloutQueries.skipped(callout.id())) {
                byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(name(s.volunteerId()));
            }
        }
        var reasons = EnumSet.noneOf(SkipReason.class);
        reasons.addAll(counts.keySet());
        reasons.addAll(byReason.keySet());
        model.addAttribute("showWho", showWho);
        model.addAttribute(
                "skipped",
                reasons.stream()
                        .map(r -> new SkipGroup(
                                r,
                                counts.getOrDefault(r, 0),
                                showWho
                                        ? byReason.getOrDefault(r, List.of()).stream()
                                                .sorted()
                                                .toList()
                                        : null))
                        .toList());
    }

    private Callout found(UUID id) {
        return calloutQueries.find(id).orElseThrow(() -> new NotFoundException("Call-out"));
    }

    private long stoodDown(Callout callout) {
        return calloutQueries.asks(callout.id()).stream()
                .filter(a -> a.status() == AskStatus.STOOD_DOWN)
                .count();
    }

    private String name(UUID volunteerId) {
        return volunteers.find(volunteerId).map(VolunteerProfile::name).orElse("–");
    }

    private String subjectPath(Callout callout) {
        try {
            return callouts.subjectPath(callout);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
