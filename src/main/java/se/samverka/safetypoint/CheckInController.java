package se.samverka.safetypoint;

import java.time.Clock;
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
import se.samverka.shared.NotFoundException;

/**
 * Where the poster's QR code leads: a volunteer (logged in with the one-time link first, then sent back here) sees
 * their shift at the point today, checks in, and later checks out. Volunteers only (account/SecurityConfig).
 */
@Controller
@RequestMapping("/trygghetspunkter/{safetyPointId}")
class CheckInController {

    private final SafetyPoints points;
    private final CheckIns checkIns;
    private final Clock clock;

    CheckInController(SafetyPoints points, CheckIns checkIns, Clock clock) {
        this.points = points;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @GetMapping("/checka-in")
    String page(@PathVariable UUID safetyPointId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var point = points.find(safetyPointId).orElseThrow(() -> new NotFoundException("SafetyPoint"));
        var me = me(user);
        model.addAttribute("point", point);
        model.addAttribute("shifts", checkIns.myShiftsToday(point, me));
        model.addAttribute("zone", clock.getZone());
        return "safetypoint/check-in";
    }

    @PostMapping("/checka-in")
    String checkIn(
            @PathVariable UUID safetyPointId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        var outcome = checkIns.checkIn(safetyPointId, me(user));
        redirect.addFlashAttribute("flash", "safetypoint.checkin.outcome." + outcome.name());
        return "redirect:/trygghetspunkter/" + safetyPointId + "/checka-in";
    }

    @PostMapping("/checka-ut")
    String checkOut(
            @PathVariable UUID safetyPointId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        var outcome = checkIns.checkOut(safetyPointId, me(user));
        redirect.addFlashAttribute("flash", "safetypoint.checkin.outcome." + outcome.name());
        return "redirect:/trygghetspunkter/" + safetyPointId + "/checka-in";
    }

    private UUID me(SamverkaUser user) {
        return checkIns.volunteerOfAccount(user.accountId())
                .orElseThrow(() -> new NotFoundException("Volunteer"))
                .id();
    }
}
