package se.samverka.effort;

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
import se.samverka.volunteer.VolunteerProfile;
import se.samverka.volunteer.Volunteers;

/** A volunteer's shifts in efforts: sign up, see where they stand, withdraw. */
@Controller
@RequestMapping("/mina-sidor/insatser")
class MyEffortsController {

    private final Efforts efforts;
    private final ShiftSignups signups;
    private final Volunteers volunteers;

    MyEffortsController(Efforts efforts, ShiftSignups signups, Volunteers volunteers) {
        this.efforts = efforts;
        this.signups = signups;
        this.volunteers = volunteers;
    }

    @GetMapping
    String mine(@AuthenticationPrincipal SamverkaUser user, Model model) {
        model.addAttribute("signups", efforts.signupsOf(me(user).id()));
        return "effort/my-efforts";
    }

    @PostMapping("/pass/{shiftId}/anmal")
    String signUp(@PathVariable UUID shiftId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        var shift = efforts.shift(shiftId).orElseThrow(() -> new NotFoundException("Shift"));
        var back = "redirect:/insatser/" + shift.effortId();
        try {
            var status = signups.signUp(shiftId, me(user).id());
            redirect.addFlashAttribute("flash", "effort.signedUp." + status.name());
            return "redirect:/mina-sidor/insatser";
        } catch (ShiftSignups.AlreadySignedUp e) {
            redirect.addFlashAttribute("flash", "effort.signup.already");
        } catch (ShiftSignups.NotOpen e) {
            redirect.addFlashAttribute("flash", "effort.signup.notOpen");
        } catch (ShiftSignups.AdultsOnly e) {
            redirect.addFlashAttribute("flash", "effort.signup.adultsOnly");
        } catch (ShiftSignups.LanguageNeeded e) {
            redirect.addFlashAttribute("flash", "effort.signup.language");
        } catch (ShiftSignups.Suspended e) {
            redirect.addFlashAttribute("flash", "effort.signup.suspended");
        } catch (ShiftSignups.SafeguardingNeeded e) {
            redirect.addFlashAttribute("flash", "effort.signup.safeguarding");
        }
        return back;
    }

    @PostMapping("/anmalan/{signupId}/avanmal")
    String withdraw(
            @PathVariable UUID signupId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        try {
            signups.withdraw(signupId, me(user).id());
            redirect.addFlashAttribute("flash", "effort.withdrawn");
        } catch (ShiftSignups.AlreadyStarted e) {
            redirect.addFlashAttribute("flash", "effort.withdraw.started");
        }
        return "redirect:/mina-sidor/insatser";
    }

    private VolunteerProfile me(SamverkaUser user) {
        return volunteers.findByAccount(user.accountId()).orElseThrow(() -> new NotFoundException("Volunteer"));
    }
}
