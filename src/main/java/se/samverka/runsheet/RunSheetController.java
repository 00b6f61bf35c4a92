package se.samverka.runsheet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.district.Districts;

/**
 * {@code /samordning/korlista?datum=2026-12-08&omrade=stenhamra}: the day's run sheet for one district, made to be
 * printed. Without a district (or with an unknown one) the page asks for one; a date that cannot be read is shown
 * back with an error and today's sheet is not guessed.
 */
@Controller
class RunSheetController {

    private final RunSheet runSheet;
    private final Districts districts;
    private final Clock clock;

    RunSheetController(RunSheet runSheet, Districts districts, Clock clock) {
        this.runSheet = runSheet;
        this.districts = districts;
        this.clock = clock;
    }

    @GetMapping("/samordning/korlista")
    String show(
            @RequestParam(name = "datum", required = false) String datum,
            @RequestParam(name = "omrade", required = false) String omrade,
            Model model) {
        var today = LocalDate.now(clock);
        LocalDate date = today;
        String dateError = null;
        if (datum != null && !datum.isBlank()) {
            try {
                date = LocalDate.parse(datum.strip());
            } catch (DateTimeParseException e) {
                dateError = "runsheet.date.invalid";
                date = null;
            }
        }
        var district = omrade == null ? null : districts.find(omrade.strip()).orElse(null);
        model.addAttribute("districts", districts.all());
        model.addAttribute("datum", date == null ? datum : date.toString());
        model.addAttribute("omrade", district == null ? "" : district.id());
        model.addAttribute("dateError", dateError);
        model.addAttribute(
                "districtError",
                omrade != null && !omrade.isBlank() && district == null ? "runsheet.district.unknown" : null);
        if (date != null && district != null) {
            model.addAttribute("date", date);
            model.addAttribute("district", district);
            model.addAttribute("day", runSheet.of(date, district.id()));
            model.addAttribute("previous", date.minusDays(1));
            model.addAttribute("next", date.plusDays(1));
        }
        return "runsheet/run-sheet";
    }
}
