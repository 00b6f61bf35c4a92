package se.samverka.crisis;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.district.Districts;
import se.samverka.shared.PersonRef;

/**
 * The surge register for coordinators: spontaneous volunteers, newest first, 25 a page, filtered by district with a GET
 * form. Every row says the person is not vetted.
 */
@Controller
class SpontaneousListController {

    static final String PATH = "/samordning/spontanfrivilliga";

    private final SpontaneousVolunteers volunteers;
    private final Districts districts;
    private final Crises crises;
    private final Clock clock;
    private final AuditLog audit;
    private final SpontaneousTasks tasks;

    SpontaneousListController(
            SpontaneousVolunteers volunteers,
            Districts districts,
            Crises crises,
            AuditLog audit,
            Clock clock,
            SpontaneousTasks tasks) {
        this.tasks = tasks;
        this.audit = audit;
        this.volunteers = volunteers;
        this.districts = districts;
        this.crises = crises;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(required = false) String district,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        var districtId = district == null || district.isBlank() || !districts.exists(district) ? null : district;
        var results = volunteers.page(districtId, parse(page));
        // whose names and numbers this page showed, and to whom (issue 17: the surge register is personal data too)
        audit.recordAll(
                AuditAction.VIEW,
                results.rows().stream().map(v -> PersonRef.spontaneous(v.id())).toList(),
                "spontaneous.register",
                "surge register page " + results.page());
        model.addAttribute("results", results);
        model.addAttribute("tasks", tasks.tasksOf(results.rows()));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        model.addAttribute("now", java.time.LocalTime.now(clock));
        model.addAttribute("district", districtId);
        model.addAttribute("districts", districts.all());
        model.addAttribute("districtNames", DistrictNames.of(districts));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("running", crises.current().orElse(null));
        model.addAttribute("previous", link(districtId, results.page() - 1));
        model.addAttribute("next", link(districtId, results.page() + 1));
        return "crisis/spontaneous";
    }

    private static int parse(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String link(String district, int page) {
        var builder = UriComponentsBuilder.fromPath(PATH);
        if (district != null) {
            builder.queryParam("district", district);
        }
        return builder.queryParam("page", page).encode().build().toUriString();
    }
}
