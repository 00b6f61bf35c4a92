package se.samverka.eid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.account.SamverkaUser;

/**
 * "Mina sidor": whether the volunteer's e-ID is verified, and the way to verify it (the broker's own pages, through
 * {@code /oauth2/authorization/eid}). Without a broker the page says e-ID is not offered.
 */
@Controller
class EidController {

    /** The refusals the page has a message for; anything else in the address shows none. */
    static final Set<String> ERRORS = Set.of("dublett", "annan", "ogiltig", "ingen-volontar", "provider");

    private final EidParty party;
    private final EidVerification verification;
    private final Clock clock;

    EidController(EidParty party, EidVerification verification, Clock clock) {
        this.party = party;
        this.verification = verification;
        this.clock = clock;
    }

    @GetMapping(EidParty.PAGE)
    String page(
            @AuthenticationPrincipal SamverkaUser user,
            @RequestParam(name = "fel", required = false) String error,
            @RequestParam(name = "klar", required = false) String done,
            Model model) {
        model.addAttribute("offered", party.offered());
        model.addAttribute(
                "verifiedOn",
                verification
                        .verifiedAt(user.accountId())
                        .map(at -> LocalDate.ofInstant(at, clock.getZone()))
                        .orElse(null));
        // Set.of(...).contains(null) throws: no error in the address is the usual visit
        var known = error != null && ERRORS.contains(error);
        model.addAttribute("error", known ? error : null);
        model.addAttribute("done", done != null && !known);
        return "eid/verify";
    }
}
