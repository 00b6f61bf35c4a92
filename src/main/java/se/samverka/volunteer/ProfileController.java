package se.samverka.volunteer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.shared.NotFoundException;

/**
 * A logged-in volunteer's own profile. No URL here takes an id: the profile is always the one of the
 * logged-in account, so nobody can reach anyone else's.
 */
@Controller
@RequestMapping("/mina-sidor/profil")
class ProfileController {

    private static final String REDIRECT_PROFILE = "redirect:/mina-sidor/profil";

    private final Volunteers volunteers;
    private final VolunteerManagement management;
    private final VolunteerFormSupport support;
    private final Clock clock;

    ProfileController(
            Volunteers volunteers, VolunteerManagement management, VolunteerFormSupport support, Clock clock) {
        this.volunteers = volunteers;
        this.management = management;
        this.support = support;
        this.clock = clock;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal SamverkaUser user, Model model) {
        var me = me(user);
        return page(model, me, VolunteerForm.of(me), PauseForm.empty());
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("volunteer") VolunteerForm form,
            BindingResult result,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var me = me(user);
        support.checkChoices(form, me.kinds(), result);
        if (!result.hasErrors()) {
            try {
                management.update(me, form.details(), locale);
                redirect.addFlashAttribute("flash", "volunteer.profile.saved");
                return REDIRECT_PROFILE;
            } catch (VolunteerManagement.EmailTaken | DuplicateKeyException e) {
                result.rejectValue("email", "volunteer.email.taken");
            }
        }
        return page(model, me, form, PauseForm.empty());
    }

    @PostMapping("/paus")
    String pause(
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("pause") PauseForm pause,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var me = me(user);
        if (!result.hasErrors()) {
            var problem = pause.problemOn(today());
            if (problem == null) {
                management.pauseUntil(me, pause.until());
                redirect.addFlashAttribute("flash", "volunteer.pause.saved");
                return REDIRECT_PROFILE;
            }
            result.rejectValue("until", problem);
        }
        return page(model, me, VolunteerForm.of(me), pause);
    }

    @PostMapping("/aterupp")
    String resume(@AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        management.resume(me(user));
        redirect.addFlashAttribute("flash", "volunteer.pause.resumed");
        return REDIRECT_PROFILE;
    }

    @GetMapping("/ta-bort")
    String leavePage(@AuthenticationPrincipal SamverkaUser user, Model model) {
        me(user);
        model.addAttribute("leave", new LeaveForm(null));
        return "volunteer/leave";
    }

    @PostMapping("/ta-bort")
    String leave(
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("leave") LeaveForm leave,
            BindingResult result,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response) {
        var me = me(user);
        if (result.hasErrors()) {
            return "volunteer/leave";
        }
        management.leave(me);
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/bli-volontar/hej-da";
    }

    private VolunteerProfile me(SamverkaUser user) {
        if (user == null) {
            throw new NotFoundException("Volunteer");
        }
        return volunteers.findByAccount(user.accountId()).orElseThrow(() -> new NotFoundException("Volunteer"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String page(Model model, VolunteerProfile me, VolunteerForm form, PauseForm pause) {
        // replacing a bound form would drop its errors
        if (!model.containsAttribute("volunteer")) {
            model.addAttribute("volunteer", form);
        }
        if (!model.containsAttribute("pause")) {
            model.addAttribute("pause", pause);
        }
        model.addAttribute("pausedUntil", me.isPausedOn(today()) ? me.pausedUntil() : null);
        model.addAttribute("earliestPauseEnd", today().plusDays(1));
        model.addAttribute("latestPauseEnd", today().plusYears(1));
        support.addChoices(model, me.kinds());
        return "volunteer/profile";
    }
}
