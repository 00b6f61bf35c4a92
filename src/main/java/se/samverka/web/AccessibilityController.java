package se.samverka.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement required by the law on accessibility of digital public services (DOS-lagen). */
@Controller
class AccessibilityController {

    private final String contact;

    private final String reviewed;

    AccessibilityController(
            @Value("${samverka.web.accessibility-contact:tillganglighet@localhost}") String contact,
            @Value("${samverka.web.accessibility-reviewed:2026-11-30}") String reviewed) {
        this.contact = contact;
        this.reviewed = reviewed;
    }

    @GetMapping("/tillganglighet")
    String statement(Model model) {
        model.addAttribute("contact", contact);
        model.addAttribute("reviewed", reviewed);
        return "web/accessibility";
    }
}
