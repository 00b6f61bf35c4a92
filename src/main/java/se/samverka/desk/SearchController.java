package se.samverka.desk;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.effort.Efforts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.organisation.Organisations;
import se.samverka.volunteer.Volunteers;

/**
 * One search for staff across requests, volunteers, associations and efforts. Each module answers for its own data
 * through its public {@code search}; the page groups the answers, each a link to its page.
 */
@Controller
class SearchController {

    /** The most hits shown per kind; more means the text should be longer. */
    static final int PER_GROUP = 20;

    private final HelpRequests requests;
    private final Volunteers volunteers;
    private final Organisations organisations;
    private final Efforts efforts;

    SearchController(HelpRequests requests, Volunteers volunteers, Organisations organisations, Efforts efforts) {
        this.requests = requests;
        this.volunteers = volunteers;
        this.organisations = organisations;
        this.efforts = efforts;
    }

    @GetMapping("/samordning/sok")
    String search(
            @RequestParam(required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model,
            HttpServletResponse response) {
        var text = q == null ? "" : q.strip();
        text = text.length() > 100 ? text.substring(0, 100) : text;
        model.addAttribute("q", text);
        var searched = text.length() >= 2;
        model.addAttribute("searched", searched);
        model.addAttribute("tooShort", !text.isEmpty() && !searched);
        model.addAttribute("perGroup", PER_GROUP);
        if (searched) {
            var requestHits = requests.search(text, PER_GROUP);
            var volunteerHits = volunteers.search(text, PER_GROUP);
            var organisationHits = organisations.search(text, PER_GROUP);
            var effortHits = efforts.search(text, PER_GROUP);
            model.addAttribute("requests", requestHits);
            model.addAttribute("volunteers", volunteerHits);
            model.addAttribute("organisations", organisationHits);
            model.addAttribute("efforts", effortHits);
            model.addAttribute(
                    "total", requestHits.size() + volunteerHits.size() + organisationHits.size() + effortHits.size());
            model.addAttribute(
                    "registerLink",
                    new RegisterFilter(text, null, null, null, null, null, null, null, null, 1).link(1));
        }
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) {
            return "desk/search :: results";
        }
        return "desk/search";
    }
}
