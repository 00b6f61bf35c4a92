package se.samverka.organisation;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PhoneNumber;

/** The public directory of approved organisations. */
@Controller
@RequestMapping("/foreningar")
class DirectoryController {

    private final Directory directory;
    private final Organisations organisations;
    private final Representatives representatives;
    private final DetailsOptions options;

    DirectoryController(
            Directory directory, Organisations organisations, Representatives representatives, DetailsOptions options) {
        this.directory = directory;
        this.organisations = organisations;
        this.representatives = representatives;
        this.options = options;
    }

    @GetMapping
    String list(
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "omrade", required = false) String district,
            @RequestParam(name = "verksamhet", required = false) String activity,
            @RequestParam(name = "sida", defaultValue = "1") String page,
            Model model) {
        var kind = parseActivity(activity);
        var result = directory.search(text, district, kind, parsePage(page));
        model.addAttribute("result", result);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("omrade", district == null ? "" : district);
        model.addAttribute("verksamhet", kind == null ? "" : kind.name());
        model.addAttribute("districtNames", options.districtNames());
        options.addTo(model);
        return "organisation/directory";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        var organisation = parseId(id)
                .flatMap(organisations::find)
                .filter(Organisation::isApproved)
                .orElseThrow(() -> new NotFoundException("Organisation"));
        model.addAttribute("organisation", organisation);
        model.addAttribute("phone", phone(organisation));
        model.addAttribute("contacts", representatives.contacts(organisation.id()));
        model.addAttribute("districtNames", options.districtNames());
        return "organisation/profile";
    }

    static String phone(Organisation organisation) {
        return organisation.phone() == null ? null : new PhoneNumber(organisation.phone()).display();
    }

    static java.util.Optional<UUID> parseId(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static ActivityKind parseActivity(String activity) {
        try {
            return activity == null || activity.isBlank() ? null : ActivityKind.valueOf(activity);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
