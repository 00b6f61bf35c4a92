package se.samverka.effort;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.Urgency;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.shared.NotFoundException;

/** A shift's roster in the workspace: who is on it, deciding applications, messaging them, cancelling the shift. */
@Controller
@RequestMapping({EffortPaths.MUNICIPAL + "/{id}/pass", "/forening/{orgId}/insatser/{id}/pass"})
class RosterController {

    private final Workspace workspace;
    private final Efforts efforts;
    private final ShiftApplications applications;
    private final Districts districts;
    private final ShiftCalloutViews callouts;
    private final RosterGuests guests;

    RosterController(
            Workspace workspace,
            Efforts efforts,
            ShiftApplications applications,
            Districts districts,
            ShiftCalloutViews callouts,
            RosterGuests guests) {
        this.workspace = workspace;
        this.efforts = efforts;
        this.applications = applications;
        this.districts = districts;
        this.callouts = callouts;
        this.guests = guests;
    }

    @GetMapping("/{shiftId}")
    String roster(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @PathVariable UUID shiftId,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var scope = workspace.scope(orgId, user);
        var effort = workspace.effort(scope, id);
        var shift = workspace.shift(effort, shiftId);
        model.addAttribute("base", scope.base());
        model.addAttribute("effort", effort);
        model.addAttribute("shift", shift);
        model.addAttribute(
                "districtName",
                districts.find(shift.districtId()).map(District::name).orElse(""));
        var signups = efforts.signups(shiftId);
        model.addAttribute("signups", signups);
        model.addAttribute("guests", guests.of(shiftId, signups));
        model.addAttribute("started", efforts.started(shift));
        model.addAttribute("mayCallOut", !shift.isFull() && efforts.takesSignups(effort, shift));
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("activeCallout", callouts.active(shiftId));
        model.addAttribute("latestCallout", callouts.latest(shiftId));
        model.addAttribute("municipal", scope.municipal());
        return "effort/roster";
    }

    @PostMapping("/{shiftId}/meddelande")
    String message(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @PathVariable UUID shiftId,
            @AuthenticationPrincipal SamverkaUser user,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        var shift = workspace.shift(workspace.effort(scope, id), shiftId);
        var roster = scope.base() + "/" + id + "/pass/" + shiftId;
        if (text.isBlank() || text.length() > 2000) {
            redirect.addFlashAttribute("messageText", text);
            redirect.addFlashAttribute(
                    "messageError", text.isBlank() ? "effort.message.required" : "effort.message.tooLong");
            return "redirect:" + roster;
        }
        redirect.addFlashAttribute("flash", "effort.flash.messageSent");
        redirect.addFlashAttribute("flashCount", efforts.message(shift.id(), text.strip()));
        return "redirect:" + roster;
    }

    @PostMapping("/{shiftId}/stall-in")
    String cancel(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @PathVariable UUID shiftId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        var shift = workspace.shift(workspace.effort(scope, id), shiftId);
        efforts.cancelShift(shift.id());
        redirect.addFlashAttribute("flash", "effort.flash.shiftCancelled");
        return "redirect:" + scope.base() + "/" + id + "/pass/" + shiftId;
    }

    @PostMapping("/{shiftId}/anmalan/{signupId}/{decision:godkann|avsla}")
    String decide(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @PathVariable UUID shiftId,
            @PathVariable UUID signupId,
            @PathVariable String decision,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        var shift = workspace.shift(workspace.effort(scope, id), shiftId);
        efforts.signups(shift.id()).stream()
                .filter(s -> s.id().equals(signupId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Sign-up"));
        try {
            if (decision.equals("godkann")) {
                applications.approve(signupId);
                redirect.addFlashAttribute("flash", "effort.flash.approved");
            } else {
                applications.reject(signupId);
                redirect.addFlashAttribute("flash", "effort.flash.rejected");
            }
        } catch (ShiftApplications.Full e) {
            redirect.addFlashAttribute("flash", "effort.flash.full");
        }
        return "redirect:" + scope.base() + "/" + id + "/pass/" + shiftId;
    }
}
