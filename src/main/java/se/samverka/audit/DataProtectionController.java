package se.samverka.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The data-protection officer's page: the audit log, newest first, filtered by person, staff member and dates. The
 * search is a POST (paging too) so that what is typed never ends up in an address.
 */
@Controller
@RequestMapping("/dataskydd")
class DataProtectionController {

    private final AuditTrail trail;

    DataProtectionController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("search", AuditSearch.empty());
        model.addAttribute("results", trail.search(AuditSearch.empty()));
        model.addAttribute("filtered", false);
        return "audit/log";
    }

    @PostMapping
    String search(@ModelAttribute("search") AuditSearch search, BindingResult result, Model model) {
        search.check(result);
        if (result.hasErrors()) {
            model.addAttribute("results", AuditPage.empty());
            model.addAttribute("filtered", true);
            return "audit/log";
        }
        model.addAttribute("results", trail.search(search));
        model.addAttribute("filtered", true);
        return "audit/log";
    }
}
