package se.samverka.eid;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the volunteer's pages (the profile, the page after sign-up) whether to offer e-ID. */
@ControllerAdvice(basePackages = "se.samverka.volunteer")
class EidOffer {

    private final EidParty party;

    EidOffer(EidParty party) {
        this.party = party;
    }

    @ModelAttribute("eidOffered")
    boolean eidOffered() {
        return party.offered();
    }
}
