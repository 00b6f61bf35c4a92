package se.samverka.matching;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.samverka.helprequest.HelpRequests;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/**
 * The page an offer e-mail links to. The token in the address is the only key: it shows what, where and when,
 * never the resident, and lets the volunteer accept or decline without logging in.
 */
@Controller
@RequestMapping("/erbjudande/{token}")
class OfferLinkController {

    private final Offers offers;
    private final HelpRequests helpRequests;
    private final Assignments assignments;
    private final Volunteers volunteers;

    OfferLinkController(Offers offers, HelpRequests helpRequests, Assignments assignments, Volunteers volunteers) {
        this.offers = offers;
        this.helpRequests = helpRequests;
        this.assignments = assignments;
        this.volunteers = volunteers;
    }

    @GetMapping
    String show(@PathVariable String token, Model model) {
        var offer = offers.byToken(token).orElseThrow(() -> new NotFoundException("Offer"));
        var request = helpRequests.find(offer.requestId()).orElseThrow(() -> new NotFoundException("Offer"));
        model.addAttribute("token", token);
        model.addAttribute("offer", offer);
        model.addAttribute("request", request);
        model.addAttribute("districtName", assignments.districtName(request));
        model.addAttribute("open", offer.status() == OfferStatus.PENDING && request.isAssignable());
        return "matching/offer";
    }

    @PostMapping("/acceptera")
    String accept(@PathVariable String token, Model model) {
        var offer = offers.byToken(token).orElseThrow(() -> new NotFoundException("Offer"));
        model.addAttribute("result", offers.accept(offer));
        model.addAttribute(
                "email",
                volunteers.find(offer.volunteerId()).map(v -> v.email().value()).orElse(null));
        return "matching/offer-answered";
    }

    @PostMapping("/avboj")
    String decline(@PathVariable String token, Model model) {
        var offer = offers.byToken(token).orElseThrow(() -> new NotFoundException("Offer"));
        offers.decline(offer);
        model.addAttribute("result", AcceptResult.DECLINED);
        return "matching/offer-answered";
    }
}
