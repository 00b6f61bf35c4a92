package se.samverka.volunteer;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The link in the "do you want to stay?" e-mail. Opening it changes nothing (mail scanners open links); only the
 * button does.
 */
@Controller
class StayController {

    private final StayQuestions questions;

    StayController(StayQuestions questions) {
        this.questions = questions;
    }

    @GetMapping("/gallring/stanna/{stayToken}")
    String page(@PathVariable("stayToken") String token, Model model, HttpServletResponse response) {
        if (questions.open(token).isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "volunteer/stay-gone";
        }
        model.addAttribute("token", token);
        return "volunteer/stay";
    }

    @PostMapping("/gallring/stanna/{stayToken}")
    String stay(@PathVariable("stayToken") String token, HttpServletResponse response) {
        if (!questions.stay(token)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "volunteer/stay-gone";
        }
        return "redirect:/gallring/tack";
    }

    @GetMapping("/gallring/tack")
    @ResponseStatus(HttpStatus.OK)
    String thanks() {
        return "volunteer/stay-thanks";
    }
}
