package se.samverka.callout;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * The page a call-out e-mail links to. The token is the only key: it shows what, where and when, never who,
 * and lets the volunteer answer yes or no without logging in. Opening the page answers nothing (mail scanners
 * open links); only the buttons do.
 */
@Controller
@RequestMapping("/utskick/svar/{token}")
class CalloutAnswerController {

    private final CalloutQueries calloutQueries;
    private final CalloutAnswers calloutAnswers;
    private final Districts districts;
    private final Volunteers volunteers;

    CalloutAnswerController(
            CalloutQueries calloutQueries, CalloutAnswers calloutAnswers, Districts districts, Volunteers volunteers) {
        this.calloutQueries = calloutQueries;
        this.calloutAnswers = calloutAnswers;
        this.districts = districts;
        this.volunteers = volunteers;
    }

    @GetMapping
    String show(@PathVariable String token, Model model) {
        var ask = calloutQueries.askByToken(token).orElseThrow(() -> new NotFoundException("Ask"));
        var callout = calloutQueries.find(ask.calloutId()).orElseThrow(() -> new NotFoundException("Ask"));
        model.addAttribute("token", token);
        model.addAttribute("ask", ask);
        model.addAttribute("callout", callout);
        model.addAttribute(
                "districtName",
                districts.find(callout.districtId()).map(District::name).orElse(callout.districtId()));
        model.addAttribute("open", ask.status() == AskStatus.PENDING && callout.isActive());
        return "callout/answer";
    }

    @PostMapping("/ja")
    String yes(@PathVariable String token, Model model) {
        return answered(token, true, model);
    }

    @PostMapping("/nej")
    String no(@PathVariable String token, Model model) {
        return answered(token, false, model);
    }

    private String answered(String token, boolean yes, Model model) {
        var ask = calloutQueries.askByToken(token).orElseThrow(() -> new NotFoundException("Ask"));
        var result = calloutAnswers.answer(ask.id(), yes);
        var after = calloutQueries.askByToken(token).orElse(ask);
        model.addAttribute("result", result);
        model.addAttribute("accepted", after.status() == AskStatus.ACCEPTED);
        model.addAttribute(
                "email",
                volunteers.find(ask.volunteerId()).map(v -> v.email().value()).orElse(null));
        return "callout/answered";
    }
}
