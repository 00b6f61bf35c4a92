package se.samverka.callout;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Links of offers sent before offers became hand-picked call-outs ({@code /erbjudande/{token}}): the migration
 * (V155) made each offer an ask with the same token, so the link leads to the call-out answer page. A token that
 * is no ask any more (its call-out was removed by retention) gets an honest page: no longer needed.
 */
@Controller
@RequestMapping("/erbjudande/{token}")
class OldOfferLinks {

    private final CalloutQueries calloutQueries;

    OldOfferLinks(CalloutQueries calloutQueries) {
        this.calloutQueries = calloutQueries;
    }

    @GetMapping
    String show(@PathVariable String token, HttpServletResponse response) {
        if (calloutQueries.askByToken(token).isPresent()) {
            return "redirect:/utskick/svar/" + token;
        }
        // 404, as for any unknown token: nobody learns whether a token ever existed
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "callout/old-offer";
    }

    /** The buttons of an old offer page still open in a browser: to the answer page, to answer there. */
    @PostMapping({"/acceptera", "/avboj"})
    String answer(@PathVariable String token, HttpServletResponse response) {
        return show(token, response);
    }
}
