package se.samverka.crisis;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.municipality.MunicipalIdentities;
import se.samverka.shared.QrCode;

/**
 * Posters to print in A4, one per district: a QR code to the surge sign-up (with the district chosen) and one to the
 * help form, the addresses written out, and the number to call. Links start with the configured base address
 * (web/BaseUrlFilter), so a printed poster leads to the real service.
 */
@Controller
class PosterController {

    record Poster(District district, QrCode surge, QrCode help) {}

    private final Districts districts;
    private final Crises crises;
    private final MunicipalIdentities municipality;

    PosterController(Districts districts, Crises crises, MunicipalIdentities municipality) {
        this.districts = districts;
        this.crises = crises;
        this.municipality = municipality;
    }

    @GetMapping("/samordning/kris/affischer")
    String posters(@RequestParam(required = false) String district, Model model) {
        var base = ServletUriComponentsBuilder.fromCurrentContextPath();
        var help = QrCode.of(base.cloneBuilder().path("/be-om-hjalp").build().toUriString());
        List<Poster> posters = districts.all().stream()
                .filter(d -> district == null || district.isBlank() || d.id().equals(district))
                .map(d -> new Poster(
                        d,
                        QrCode.of(base.cloneBuilder()
                                .path("/kris/anmal")
                                .queryParam("omrade", d.id())
                                .encode()
                                .build()
                                .toUriString()),
                        help))
                .toList();
        var running = crises.current();
        model.addAttribute("posters", posters);
        model.addAttribute("districts", districts.all());
        model.addAttribute("district", district);
        model.addAttribute(
                "phone",
                running.map(Crisis::phone).orElse(municipality.current().phone()));
        return "crisis/posters";
    }
}
