package se.samverka.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;

/**
 * {@code /samordning/lagesrapport/utskrifter}: the two prints for a power cut, chosen with GET forms. A date that
 * cannot be read or a district that is missing or unknown shows the page again with the error at the field and the
 * typed value kept.
 */
@Controller
class PowerCutController {

    private final PowerCutPrints prints;
    private final Districts districts;
    private final SituationProperties properties;
    private final Clock clock;

    PowerCutController(PowerCutPrints prints, Districts districts, SituationProperties properties, Clock clock) {
        this.prints = prints;
        this.districts = districts;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/samordning/lagesrapport/utskrifter")
    String page(Model model) {
        return page(model, today().toString(), "", null, null);
    }

    @GetMapping("/samordning/lagesrapport/utskrifter/pass.pdf")
    Object shifts(
            @RequestParam(name = "datum", required = false) String datum,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            Locale locale) {
        LocalDate date;
        try {
            date = datum == null || datum.isBlank() ? today() : LocalDate.parse(datum.strip());
        } catch (DateTimeParseException e) {
            return page(model, datum, "", "situation.print.date.invalid", null);
        }
        return SituationController.file(
                prints.shifts(date, user.displayName(), locale), MediaType.APPLICATION_PDF, "pass-" + date + ".pdf");
    }

    @GetMapping("/samordning/lagesrapport/utskrifter/hjalpsokande.pdf")
    Object residents(
            @RequestParam(name = "omrade", required = false) String omrade,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            Locale locale) {
        var district = omrade == null ? null : districts.find(omrade.strip()).orElse(null);
        if (district == null) {
            var error = omrade == null || omrade.isBlank()
                    ? "situation.print.district.missing"
                    : "situation.print.district.unknown";
            return page(model, today().toString(), omrade, null, error);
        }
        return SituationController.file(
                prints.residents(district, user.displayName(), locale),
                MediaType.APPLICATION_PDF,
                "hjalpsokande-" + district.id() + "-" + today() + ".pdf");
    }

    private String page(Model model, String datum, String omrade, String dateError, String districtError) {
        model.addAttribute("districts", districts.all());
        model.addAttribute("datum", datum);
        model.addAttribute("omrade", omrade == null ? "" : omrade);
        model.addAttribute("dateError", dateError);
        model.addAttribute("districtError", districtError);
        return "situation/prints";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
