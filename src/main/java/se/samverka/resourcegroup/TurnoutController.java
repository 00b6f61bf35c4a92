package se.samverka.resourcegroup;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.NotFoundException;

/**
 * The page a member's roll link opens (the token is the only key, no login): what, where and when, and the buttons On the
 * way, There (check-in) and Done (check-out). Opening it records nothing; only the buttons do.
 */
@Controller
@RequestMapping("/grupp/narvaro/{turnoutToken}")
class TurnoutController {

    private final Turnouts turnouts;
    private final Clock clock;

    TurnoutController(Turnouts turnouts, Clock clock) {
        this.turnouts = turnouts;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable("turnoutToken") String token, Model model) {
        var ids = ids(token);
        model.addAttribute("token", token);
        model.addAttribute("callout", turnouts.find(ids[0]).orElseThrow(() -> new NotFoundException("Turnout")));
        model.addAttribute("turnout", turnouts.turnout(ids[0], ids[1]).orElseThrow());
        model.addAttribute("zone", clock.getZone());
        return "resourcegroup/turnout";
    }

    @PostMapping("/pa-vag")
    String onWay(@PathVariable("turnoutToken") String token, RedirectAttributes redirect) {
        return step(token, Step.ON_WAY, redirect);
    }

    @PostMapping("/framme")
    String checkIn(@PathVariable("turnoutToken") String token, RedirectAttributes redirect) {
        return step(token, Step.CHECK_IN, redirect);
    }

    @PostMapping("/klar")
    String checkOut(@PathVariable("turnoutToken") String token, RedirectAttributes redirect) {
        return step(token, Step.CHECK_OUT, redirect);
    }

    private String step(String token, Step step, RedirectAttributes redirect) {
        var ids = ids(token);
        var done = turnouts.record(ids[0], ids[1], step);
        redirect.addFlashAttribute("flash", done ? "resourcegroup.step.recorded" : "resourcegroup.step.notYet");
        return "redirect:/grupp/narvaro/" + token;
    }

    private UUID[] ids(String token) {
        return turnouts.byToken(token).orElseThrow(() -> new NotFoundException("Turnout"));
    }
}
