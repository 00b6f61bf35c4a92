package se.samverka.callout;

import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a coordinator does to one call-out from its page: stop it, widen it, start it again. */
@Controller
@RequestMapping("/samordning/utskick")
class CalloutActionController {

    private static final String PATH = "/samordning/utskick/";

    private final Callouts callouts;
    private final CalloutQueries calloutQueries;
    private final CalloutDetailModel detail;

    CalloutActionController(Callouts callouts, CalloutQueries calloutQueries, CalloutDetailModel detail) {
        this.callouts = callouts;
        this.calloutQueries = calloutQueries;
        this.detail = detail;
    }

    @GetMapping("/{id}/stoppa")
    String confirmStop(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        var callout = detail.found(id);
        if (!callout.isActive()) {
            redirect.addFlashAttribute("flash", "callout.page.notActive");
            return "redirect:" + PATH + id;
        }
        model.addAttribute("callout", callout);
        model.addAttribute(
                "pending",
                calloutQueries.asks(id).stream()
                        .filter(a -> a.status() == AskStatus.PENDING)
                        .count());
        return "callout/stop";
    }

    @PostMapping("/{id}/stoppa")
    String stop(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
        var callout = detail.found(id);
        if (!callout.isActive()) {
            redirect.addFlashAttribute("flash", "callout.page.notActive");
            return "redirect:" + PATH + id;
        }
        var before = stoodDown(callout);
        callouts.stop(id, user.getName());
        redirect.addFlashAttribute("flash", "callout.page.stopped");
        redirect.addFlashAttribute("flashCount", stoodDown(detail.found(id)) - before);
        return "redirect:" + PATH + id;
    }

    @PostMapping("/{id}/bredda")
    String widen(
            @PathVariable UUID id,
            @ModelAttribute("widen") WidenForm widen,
            BindingResult result,
            Principal user,
            Model model,
            RedirectAttributes redirect) {
        var callout = detail.found(id);
        if (!callout.isActive()) {
            redirect.addFlashAttribute("flash", "callout.page.notActive");
            return "redirect:" + PATH + id;
        }
        var problem = widen.problem();
        if (problem != null || result.hasErrors()) {
            if (problem != null) {
                result.rejectValue("morePeople", problem);
            }
            return detail.detail(callout, widen, false, model);
        }
        try {
            var asked = callouts.widen(id, widen.everyDistrict(), widen.more(), user.getName());
            redirect.addFlashAttribute("flash", "callout.page.widened");
            redirect.addFlashAttribute("flashCount", asked);
        } catch (IllegalStateException e) {
            redirect.addFlashAttribute("flash", "callout.page.notActive");
        }
        return "redirect:" + PATH + id;
    }

    @PostMapping("/{id}/starta-om")
    String restart(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
        detail.found(id);
        try {
            var newId = callouts.restart(id, user.getName());
            redirect.addFlashAttribute("flash", "callout.page.restarted");
            return "redirect:" + PATH + newId;
        } catch (Callouts.AlreadyActive e) {
            redirect.addFlashAttribute("flash", "callout.page.alreadyActive");
            return "redirect:" + PATH + (e.calloutId() == null ? id : e.calloutId());
        } catch (Callouts.NotOpen e) {
            redirect.addFlashAttribute("flash", "callout.page.restartNotOpen");
            return "redirect:/samordning/utskick/" + id;
        } catch (IllegalStateException | IllegalArgumentException e) {
            redirect.addFlashAttribute("flash", "callout.page.restartFailed");
            return "redirect:" + PATH + id;
        }
    }

    private long stoodDown(Callout callout) {
        return calloutQueries.asks(callout.id()).stream()
                .filter(a -> a.status() == AskStatus.STOOD_DOWN)
                .count();
    }
}
