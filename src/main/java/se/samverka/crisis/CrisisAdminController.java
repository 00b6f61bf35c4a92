package se.samverka.crisis;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.district.Districts;
import se.samverka.municipality.MunicipalIdentities;

/**
 * The krisledning's switch: start a crisis in one step (one form), end it in one step (after a confirmation page).
 * Administrators only (SecurityConfig maps /admin/**).
 */
@Controller
@RequestMapping("/admin/kris")
class CrisisAdminController {

    /** A start may be put back a week (the crisis began in the night), never ahead: it starts now. */
    private static final Duration LATEST_AHEAD = Duration.ofMinutes(5);

    private static final Duration EARLIEST_BACK = Duration.ofDays(7);

    private final Crises crises;
    private final Districts districts;
    private final MunicipalIdentities municipality;
    private final Clock clock;

    CrisisAdminController(Crises crises, Districts districts, MunicipalIdentities municipality, Clock clock) {
        this.crises = crises;
        this.districts = districts;
        this.municipality = municipality;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        return page(model);
    }

    @PostMapping
    String start(
            @Valid @ModelAttribute("form") CrisisForm form,
            BindingResult result,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        if (!form.districts().stream().allMatch(districts::exists)) {
            result.rejectValue("districts", "crisis.districts.unknown");
        }
        if (!result.hasFieldErrors("expectedHours") && (form.hours() < 1 || form.hours() > 2160)) {
            result.rejectValue("expectedHours", "crisis.expectedHours.range");
        }
        if (!result.hasFieldErrors("contactBudgetRaise") && (form.raise() < 0 || form.raise() > 10)) {
            result.rejectValue("contactBudgetRaise", "crisis.budgetRaise.range");
        }
        if (!result.hasFieldErrors("startDate") && !result.hasFieldErrors("startTime")) {
            var start = form.plan(clock.getZone()).startedAt();
            var now = clock.instant();
            if (start.isAfter(now.plus(LATEST_AHEAD)) || start.isBefore(now.minus(EARLIEST_BACK))) {
                result.rejectValue("startDate", "crisis.startDate.range");
            }
        }
        if (result.hasErrors()) {
            return page(model);
        }
        try {
            crises.start(form.plan(clock.getZone()), principal.getName());
        } catch (Crises.AlreadyRunning e) {
            redirect.addFlashAttribute("flash", "crisis.alreadyRunning");
            return "redirect:/admin/kris";
        }
        redirect.addFlashAttribute("flash", "crisis.started");
        return "redirect:/admin/kris";
    }

    @GetMapping("/avsluta")
    String confirmEnd(Model model) {
        var running = crises.running();
        if (running.isEmpty()) {
            return "redirect:/admin/kris";
        }
        model.addAttribute("crisis", running.get());
        return "crisis/end";
    }

    @PostMapping("/avsluta")
    String end(
            @RequestParam(name = "crisisId", required = false) String crisisId,
            Principal principal,
            RedirectAttributes redirect) {
        var ended = id(crisisId)
                .map(id -> crises.end(id, principal.getName(), clock.instant()))
                .orElse(false);
        redirect.addFlashAttribute("flash", ended ? "crisis.ended" : "crisis.notRunning");
        return "redirect:/admin/kris";
    }

    private static Optional<UUID> id(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String page(Model model) {
        var running = crises.running();
        model.addAttribute("running", running.orElse(null));
        if (running.isEmpty() && !model.containsAttribute("form")) {
            var now = clock.instant().atZone(clock.getZone());
            model.addAttribute(
                    "form",
                    CrisisForm.startingAt(
                            LocalDate.from(now),
                            LocalTime.from(now),
                            municipality.current().phone()));
        }
        model.addAttribute("districts", districts.all());
        model.addAttribute("districtNames", DistrictNames.of(districts));
        model.addAttribute("kinds", CrisisKind.values());
        model.addAttribute("history", crises.latest());
        model.addAttribute("zone", clock.getZone());
        return "crisis/admin";
    }
}
