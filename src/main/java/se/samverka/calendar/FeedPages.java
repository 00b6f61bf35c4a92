package se.samverka.calendar;

import java.time.Instant;
import java.util.Optional;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the volunteer's and the organisation's feed pages share: the page, and a new address shown once. */
final class FeedPages {

    private FeedPages() {}

    static String page(Model model, String base, String heading, Optional<Instant> madeAt) {
        model.addAttribute("base", base);
        model.addAttribute("heading", heading);
        model.addAttribute("madeAt", madeAt.orElse(null));
        return "calendar/feed";
    }

    /** The new address, https and webcal, for the page to show this once. */
    static void showOnce(RedirectAttributes redirect, String token) {
        var url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/kalender/{token}.ics")
                .buildAndExpand(token)
                .toUriString();
        redirect.addFlashAttribute("feedUrl", url);
        redirect.addFlashAttribute("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
        redirect.addFlashAttribute("flash", "calendar.feed.made");
    }
}
