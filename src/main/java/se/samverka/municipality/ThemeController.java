package se.samverka.municipality;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The municipality's colour as a style sheet over Samverka's theme (the layout links it after samverka.css, with the
 * colour in the address, so a changed colour is a new address and the old one may be cached). A file, not an inline
 * style: the content security policy allows style sheets from this site only. Not under /css/, where only files are
 * looked for (web/StaticResources).
 */
@RestController
class ThemeController {

    private final MunicipalIdentities identities;

    ThemeController(MunicipalIdentities identities) {
        this.identities = identities;
    }

    @GetMapping(value = "/kommun.css", produces = "text/css")
    ResponseEntity<String> theme() {
        var primary = Colour.parse(identities.current().primaryColour())
                .filter(Colour::readableOnWhite)
                .orElseGet(() -> Colour.parse(Colour.DEFAULT_PRIMARY).orElseThrow());
        var hover = primary.darker();
        var css = """
                /* the municipality's colour (/admin/kommun), at least 4.5:1 against white */
                :root:not([data-theme=dark]), [data-theme=light] {
                  --pico-primary: %1$s;
                  --pico-primary-background: %1$s;
                  --pico-primary-border: %1$s;
                  --pico-primary-hover: %2$s;
                  --pico-primary-hover-background: %2$s;
                  --pico-primary-hover-border: %2$s;
                }
                """.formatted(primary.hex(), hover.hex());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(css);
    }
}
