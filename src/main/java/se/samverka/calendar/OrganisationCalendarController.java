package se.samverka.calendar;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/** The organisation's feed of its efforts' shifts, in its workspace; members only, anyone else gets 404. */
@Controller
@RequestMapping("/forening/{orgId}/kalender")
class OrganisationCalendarController {

    private final CalendarFeeds feeds;
    private final Organisations organisations;

    OrganisationCalendarController(CalendarFeeds feeds, Organisations organisations) {
        this.feeds = feeds;
        this.organisations = organisations;
    }

    @GetMapping
    String show(@PathVariable UUID orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var owner = member(user, orgId);
        model.addAttribute(
                "organisationName", organisations.find(orgId).orElseThrow().name());
        return FeedPages.page(
                model, "/forening/" + orgId + "/kalender", "calendar.organisation.heading", feeds.madeAt(owner));
    }

    @PostMapping
    String renew(@PathVariable UUID orgId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        FeedPages.showOnce(redirect, feeds.renew(member(user, orgId)));
        return "redirect:/forening/" + orgId + "/kalender";
    }

    @PostMapping("/stang-av")
    String turnOff(@PathVariable UUID orgId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        feeds.turnOff(member(user, orgId));
        redirect.addFlashAttribute("flash", "calendar.feed.off");
        return "redirect:/forening/" + orgId + "/kalender";
    }

    private CalendarFeeds.Owner member(SamverkaUser user, UUID orgId) {
        if (user == null || organisations.membership(user.accountId(), orgId).isEmpty()) {
            throw new NotFoundException("Organisation");
        }
        return new CalendarFeeds.Owner(CalendarFeeds.OwnerKind.ORGANISATION, orgId);
    }
}
