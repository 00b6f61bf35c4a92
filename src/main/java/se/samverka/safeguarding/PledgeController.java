package se.samverka.safeguarding;

import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/**
 * The logged-in volunteer reads the current confidentiality pledge and accepts it. No URL takes an id: it is
 * always the volunteer of the logged-in account.
 */
@Controller
@RequestMapping("/mina-sidor/tystnadslofte")
class PledgeController {

    private final Volunteers volunteers;
    private final Safeguarding safeguarding;
    private final Clock clock;

    PledgeController(Volunteers volunteers, Safeguarding safeguarding, Clock clock) {
        this.volunteers = volunteers;
        this.safeguarding = safeguarding;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SamverkaUser user, Model model) {
        var me = me(user);
        model.addAttribute("pledgeKey", "safeguarding.pledge.text." + safeguarding.currentPledgeVersion());
        model.addAttribute("pledgeVersion", safeguarding.currentPledgeVersion());
        var acceptedAt = safeguarding.currentPledgeAcceptedAt(me.id());
        model.addAttribute("acceptedAt", acceptedAt == null ? null : acceptedAt.atZone(clock.getZone()));
        return "safeguarding/pledge";
    }

    @PostMapping
    String accept(@AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        safeguarding.acceptCurrentPledge(me(user).id());
        redirect.addFlashAttribute("flash", "safeguarding.pledge.accepted");
        return "redirect:/mina-sidor/tystnadslofte";
    }

    private VolunteerProfile me(SamverkaUser user) {
        return volunteers.findByAccount(user.accountId()).orElseThrow(() -> new NotFoundException("Volunteer"));
    }
}
