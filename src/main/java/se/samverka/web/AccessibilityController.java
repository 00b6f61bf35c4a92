package se.samverka.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement required by the law on accessibility of digital public services (lag (2018:1937)),
 * after DIGG's model. Its facts come from configuration ({@link Municipality.Accessibility}): who stands behind it,
 * the known shortcomings per success criterion, how to report a problem and when it was assessed. The compliance
 * status follows from the list of shortcomings, so the page cannot claim full compliance while it lists one.
 */
@Controller
class AccessibilityController {

    private final Municipality municipality;

    AccessibilityController(Municipality municipality) {
        this.municipality = municipality;
    }

    @GetMapping("/tillganglighet")
    String statement(Model model) {
        model.addAttribute("statement", municipality.accessibility());
        return "web/accessibility";
    }
}
