package se.samverka.effort;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;
import se.samverka.shared.HelpKind;
import se.samverka.shared.NotFoundException;

/** The public listing of published efforts with open shifts, and a page per effort. */
@Controller
@RequestMapping("/insatser")
class PublicEffortController {

    static final int PAGE_SIZE = 10;

    private final Efforts efforts;
    private final Districts districts;
    private final Organisations organisations;
    private final Departments departments;
    private final HelpKinds kinds;

    PublicEffortController(
            Efforts efforts,
            Districts districts,
            Organisations organisations,
            Departments departments,
            HelpKinds kinds) {
        this.kinds = kinds;
        this.efforts = efforts;
        this.districts = districts;
        this.organisations = organisations;
        this.departments = departments;
    }

    /** One effort in the listing: the effort, who runs it and its next open shifts. */
    public record Listed(Effort effort, String ownerName, int openShifts) {}

    @GetMapping
    String list(
            @RequestParam(required = false) String omrade,
            @RequestParam(required = false) String typ,
            @RequestParam(required = false) String datum,
            @RequestParam(defaultValue = "1") String sida,
            Model model) {
        var district = omrade != null && districts.exists(omrade) ? omrade : null;
        HelpKind kind = null;
        if (typ != null && !typ.isBlank()) {
            if (HelpKind.isCode(typ) && kinds.exists(HelpKind.valueOf(typ))) {
                kind = HelpKind.valueOf(typ);
            } else {
                model.addAttribute("filterError", "effort.public.filter.kind");
            }
        }
        LocalDate date = null;
        try {
            date = datum == null || datum.isBlank() ? null : LocalDate.parse(datum);
        } catch (DateTimeParseException e) {
            model.addAttribute("filterError", "effort.public.filter.date");
        }
        var page = 1;
        try {
            page = Math.max(1, Math.min(10000, Integer.parseInt(sida)));
        } catch (NumberFormatException e) {
            page = 1;
        }
        var total = efforts.countListed(district, kind, date);
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(page, pages);
        var today = efforts.today();
        var listed = efforts.listed(district, kind, date, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(e -> new Listed(e, ownerName(e), (int) efforts.shifts(e.id()).stream()
                        .filter(s -> !s.cancelled() && !s.date().isBefore(today))
                        .count()))
                .toList();
        model.addAttribute("listed", listed);
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("allDistricts", districts.all());
        model.addAttribute("kindOptions", kind == null ? kinds.active() : kinds.activeAnd(java.util.Set.of(kind)));
        model.addAttribute("omrade", district == null ? "" : district);
        model.addAttribute("typ", kind == null ? "" : kind.name());
        model.addAttribute("datum", datum == null ? "" : datum);
        return "effort/public-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var effort = efforts.find(id)
                .filter(e -> e.isPublished() || e.status() == EffortStatus.PAUSED)
                .orElseThrow(() -> new NotFoundException("Effort"));
        var shifts = efforts.shifts(id).stream()
                .filter(s -> !s.cancelled() && !efforts.started(s))
                .toList();
        model.addAttribute("effort", effort);
        model.addAttribute("ownerName", ownerName(effort));
        model.addAttribute("shifts", shifts);
        model.addAttribute("open", effort.isPublished());
        model.addAttribute(
                "districtNames", districts.all().stream().collect(Collectors.toMap(District::id, District::name)));
        model.addAttribute("volunteer", user != null && user.role() == Role.VOLUNTEER);
        return "effort/public-effort";
    }

    private String ownerName(Effort effort) {
        if (effort.organisationId() != null) {
            return organisations
                    .find(effort.organisationId())
                    .map(o -> o.name())
                    .orElse("");
        }
        return departments.find(effort.departmentId()).map(d -> d.name()).orElse("");
    }
}
