package se.samverka.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(
            @RequestParam(name = "fel", required = false) String error,
            @RequestParam(name = "epost", required = false) String email,
            Model model) {
        model.addAttribute("error", error);
        model.addAttribute("email", email);
        return "account/login";
    }

    @GetMapping("/login/lank-skickad")
    String linkSent() {
        return "account/link-sent";
    }

    /** The page an e-mailed link opens: one button that logs in, so that link scanners use up nothing. */
    @GetMapping("/login/ott")
    String confirmLink(@RequestParam(name = "token", required = false) String token, Model model) {
        model.addAttribute("token", token);
        return "account/confirm-link";
    }

    /** Where everyone lands after logging in. */
    @GetMapping("/start")
    String start(@AuthenticationPrincipal SamverkaUser user) {
        if (user == null) {
            return "redirect:/login";
        }
        return switch (user.role()) {
            case VOLUNTEER -> "redirect:/mina-sidor";
            case COORDINATOR, ADMIN -> "redirect:/samordning";
            case REPRESENTATIVE -> "redirect:/forening";
            case COACH -> "redirect:/idelabbet";
            case DEPARTMENT_REPRESENTATIVE -> "redirect:/samverkan";
            case PRIVACY_OFFICER -> "redirect:/dataskydd";
        };
    }
}
