package se.samverka.volunteer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The confirmation link as an SMS carries it: the same token as the e-mailed link, in a short path so the text fits
 * in one or two SMS. It opens the same page with a button (phones fetch links for their previews, and a preview must
 * confirm nobody), which posts to {@code /bli-volontar/bekrafta} like the e-mailed link's page.
 */
@Controller
class ShortConfirmationController {

    static final String PATH = "/b/";

    private final Signups signups;

    ShortConfirmationController(Signups signups) {
        this.signups = signups;
    }

    @GetMapping(PATH + "{token}")
    String confirmPage(@PathVariable String token, Model model) {
        if (!signups.isPending(token)) {
            return "volunteer/confirm-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("bySms", true);
        return "volunteer/confirm";
    }
}
