package se.samverka.task;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.helprequest.HelpRequests;
import se.samverka.shared.NotFoundException;

/**
 * Starts a call-out for a help request: Samverka asks a few well-chosen volunteers nearby, wave by wave, for
 * the one person the request needs.
 */
@Controller
class CalloutStartController {

    /** Flash attributes that carry a rejected choice back to the volunteers page. */
    static final String REJECTED_URGENCY = "calloutStartUrgency";

    static final String URGENCY_ERROR = "calloutStartError";

    private final HelpRequests helpRequests;
    private final Callouts callouts;
    private final se.samverka.safeguarding.Safeguarding safeguarding;

    CalloutStartController(
            HelpRequests helpRequests, Callouts callouts, se.samverka.safeguarding.Safeguarding safeguarding) {
        this.helpRequests = helpRequests;
        this.callouts = callouts;
        this.safeguarding = safeguarding;
    }

    @PostMapping("/samordning/arenden/{id}/utskick")
    String start(
            @PathVariable UUID id,
            @ModelAttribute("calloutStart") CalloutStartForm form,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var request = helpRequests.find(id).orElseThrow(() -> new NotFoundException("Help request"));
        var volunteersPage = "redirect:/samordning/arenden/" + id + "/volontarer";
        var urgency = form.parsed();
        if (urgency == null) {
            if (form.urgency() != null) {
                redirect.addFlashAttribute(REJECTED_URGENCY, form.urgency());
            }
            redirect.addFlashAttribute(URGENCY_ERROR, "task.callout.urgency.required");
            return volunteersPage;
        }
        if (!request.isAssignable() || request.date() == null || request.timeFrom() == null) {
            redirect.addFlashAttribute("flash", "task.callout.notAssignable");
            return volunteersPage;
        }
        var need = new Need(
                request.kind(),
                request.districtId(),
                request.date(),
                request.timeFrom(),
                request.timeTo(),
                request.language(),
                1,
                safeguarding.requiredFor(request.kind()));
        try {
            var calloutId = callouts.start(new Callouts.Start(
                    SubjectType.HELP_REQUEST, id, "#" + request.number(), need, urgency, null, user.getUsername()));
            redirect.addFlashAttribute("flash", "task.callout.started");
            return "redirect:/samordning/utskick/" + calloutId;
        } catch (Callouts.AlreadyActive e) {
            redirect.addFlashAttribute("flash", "task.callout.alreadyActive");
            return e.calloutId() == null ? volunteersPage : "redirect:/samordning/utskick/" + e.calloutId();
        } catch (Callouts.NotOpen e) {
            // taken or closed between the check above and the start
            redirect.addFlashAttribute("flash", "task.callout.notAssignable");
            return volunteersPage;
        }
    }
}
