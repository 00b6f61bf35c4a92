package se.samverka.calendar;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/** The volunteer's own feed of their shifts and tasks, from Mina sidor. */
@Controller
@RequestMapping("/mina-sidor/kalender")
class MyCalendarController {

    private final CalendarFeeds feeds;
    private final Volunteers volunteers;

    MyCalendarController(CalendarFeeds feeds, Volunteers volunteers) {
        this.feeds = feeds;
        this.volunteers = volunteers;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SamverkaUser user, Model model) {
        return FeedPages.page(model, "/mina-sidor/kalender", "calendar.mine.heading", feeds.madeAt(me(user)));
    }

    @PostMapping
    String renew(@AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        FeedPages.showOnce(redirect, feeds.renew(me(user)));
        return "redirect:/mina-sidor/kalender";
    }

    @PostMapping("/stang-av")
    String turnOff(@AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        feeds.turnOff(me(user));
        redirect.addFlashAttribute("flash", "calendar.feed.off");
        return "redirect:/mina-sidor/kalender";
    }

    private CalendarFeeds.Owner me(SamverkaUser user) {
        var volunteer =
                volunteers.findByAccount(user.accountId()).orElseThrow(() -> new NotFoundException("Volunteer"));
        return new CalendarFeeds.Owner(CalendarFeeds.OwnerKind.VOLUNTEER, volunteer.id());
    }
}
