package se.samverka.consent;

import java.time.Clock;
import java.time.ZonedDateTime;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.privacy.DataSubjectRights;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * The logged-in volunteer's consents: what, under which notice version, when, and when withdrawn; withdrawing one
 * after a confirmation step; and accepting a new version of the privacy notice. Withdrawing the consent to be in
 * the volunteer register is erasure (the register is all that consent covers), so it leads to the erasure page.
 */
@Controller
class MyConsentsController {

    private final Consents consents;
    private final DataSubjectRights rights;
    private final Clock clock;

    MyConsentsController(Consents consents, DataSubjectRights rights, Clock clock) {
        this.consents = consents;
        this.rights = rights;
        this.clock = clock;
    }

    /** One consent as shown: replaced when a newer one of the same purpose came after it. */
    record Line(
            ConsentPurpose purpose,
            String noticeVersion,
            ZonedDateTime givenAt,
            ZonedDateTime withdrawnAt,
            boolean holds,
            boolean replaced) {}

    @GetMapping("/mina-sidor/samtycken")
    String page(Authentication user, Model model) {
        var me = me(user);
        var records = consents.of(me);
        var zone = clock.getZone();
        model.addAttribute(
                "consents",
                records.stream()
                        .map(r -> new Line(
                                r.purpose(),
                                r.noticeVersion(),
                                r.givenAt().atZone(zone),
                                r.withdrawnAt() == null ? null : r.withdrawnAt().atZone(zone),
                                r.holds(),
                                !r.holds()
                                        && records.stream()
                                                .anyMatch(o -> o.purpose() == r.purpose()
                                                        && o.givenAt().equals(r.withdrawnAt()))))
                        .toList());
        return "consent/my-consents";
    }

    @GetMapping("/mina-sidor/samtycken/aterkalla")
    String confirm(Authentication user, @RequestParam(name = "syfte", required = false) String purpose, Model model) {
        var me = me(user);
        var chosen = purpose(purpose);
        if (chosen == ConsentPurpose.VOLUNTEER_REGISTER) {
            return "redirect:/mina-sidor/radera";
        }
        if (chosen == null || !consents.holds(me, chosen)) {
            return "redirect:/mina-sidor/samtycken";
        }
        model.addAttribute("purpose", chosen);
        return "consent/withdraw";
    }

    @PostMapping("/mina-sidor/samtycken/aterkalla")
    String withdraw(
            Authentication user,
            @RequestParam(name = "syfte", required = false) String purpose,
            RedirectAttributes redirect) {
        var me = me(user);
        var chosen = purpose(purpose);
        if (chosen == ConsentPurpose.VOLUNTEER_REGISTER) {
            return "redirect:/mina-sidor/radera";
        }
        if (chosen != null && consents.withdraw(me, chosen)) {
            redirect.addFlashAttribute("flash", "consent.mine.withdrawn");
        }
        return "redirect:/mina-sidor/samtycken";
    }

    @GetMapping("/mina-sidor/integritet")
    String notice(Authentication user, Model model) {
        var me = me(user);
        model.addAttribute("noticeVersion", consents.noticeVersion());
        model.addAttribute("needsRenewal", consents.needsRenewal(me, ConsentPurpose.VOLUNTEER_REGISTER));
        return "consent/notice";
    }

    @PostMapping("/mina-sidor/integritet")
    String accept(Authentication user, RedirectAttributes redirect) {
        var me = me(user);
        if (consents.holds(me, ConsentPurpose.VOLUNTEER_REGISTER)) {
            consents.renew(me, ConsentPurpose.VOLUNTEER_REGISTER, Consents.SELF);
        } else {
            consents.give(me, ConsentPurpose.VOLUNTEER_REGISTER, consents.noticeVersion(), Consents.SELF);
        }
        redirect.addFlashAttribute("flash", "consent.notice.accepted");
        return "redirect:/mina-sidor";
    }

    /** The purpose named in the address, or null for none or an unknown one (the list is shown again). */
    private static ConsentPurpose purpose(String value) {
        try {
            return value == null ? null : ConsentPurpose.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private PersonRef me(Authentication user) {
        if (user == null) {
            throw new NotFoundException("Volunteer");
        }
        return rights.refOfLogin(user.getName()).orElseThrow(() -> new NotFoundException("Volunteer"));
    }
}
