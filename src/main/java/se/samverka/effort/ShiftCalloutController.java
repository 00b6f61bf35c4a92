package se.samverka.effort;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.callout.CalloutQueries;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.shared.HelpKind;

/** Starting and stopping a call-out for a shift's open places, from its roster. */
@Controller
@RequestMapping({EffortPaths.MUNICIPAL + "/{id}/pass", "/forening/{orgId}/insatser/{id}/pass"})
class ShiftCalloutController {

    private final Workspace workspace;
    private final Efforts efforts;
    private final Callouts callouts;
    private final CalloutQueries calloutQueries;

    ShiftCalloutController(Workspace workspace, Efforts efforts, Callouts callouts, CalloutQueries calloutQueries) {
        this.workspace = workspace;
        this.efforts = efforts;
        this.callouts = callouts;
        this.calloutQueries = calloutQueries;
    }

    @PostMapping("/{shiftId}/utskick")
    String callOut(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @PathVariable UUID shiftId,
            @AuthenticationPrincipal SamverkaUser user,
            @RequestParam(required = false) String urgency,
            @RequestParam(required = false) String kind,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        var effort = workspace.effort(scope, id);
        var shift = workspace.shift(effort, shiftId);
        var roster = "redirect:" + scope.base() + "/" + id + "/pass/" + shiftId;
        var chosen = parse(Urgency.class, urgency);
        var need = kind == null || kind.isBlank()
                ? shift.kinds().stream().findFirst().orElse(null)
                : HelpKind.isCode(kind) ? HelpKind.valueOf(kind) : null;
        if (chosen == null || need == null || !shift.kinds().contains(need)) {
            redirect.addFlashAttribute(
                    "calloutError",
                    chosen == null ? "effort.callout.urgency.required" : "effort.callout.kind.required");
            return roster;
        }
        if (shift.isFull() || !efforts.takesSignups(effort, shift)) {
            redirect.addFlashAttribute("flash", "effort.callout.notOpen");
            return roster;
        }
        try {
            var calloutId = callouts.start(new Callouts.Start(
                    SubjectType.EFFORT_NEED,
                    shiftId,
                    effort.title() + " – " + shift.title(),
                    new Need(
                            need,
                            shift.districtId(),
                            shift.date(),
                            shift.from(),
                            shift.to(),
                            shift.language(),
                            shift.placesLeft(),
                            shift.safeguardingLevel()),
                    chosen,
                    null,
                    user.getUsername()));
            if (scope.municipal()) {
                redirect.addFlashAttribute("flash", "effort.callout.started");
                return "redirect:/samordning/utskick/" + calloutId;
            }
            redirect.addFlashAttribute("flash", "effort.callout.started");
            return roster;
        } catch (Callouts.AlreadyActive e) {
            redirect.addFlashAttribute("flash", "effort.callout.alreadyActive");
            return roster;
        } catch (Callouts.NotOpen e) {
            redirect.addFlashAttribute("flash", "effort.callout.notOpen");
            return roster;
        }
    }

    /** Stops the shift's running call-out; everyone asked who has not answered is told they are not needed. */
    @PostMapping("/{shiftId}/utskick/stoppa")
    String stopCallout(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @PathVariable UUID shiftId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        var effort = workspace.effort(scope, id);
        workspace.shift(effort, shiftId);
        calloutQueries
                .activeFor(SubjectType.EFFORT_NEED, shiftId)
                .ifPresent(c -> callouts.stop(c.id(), user.getUsername()));
        redirect.addFlashAttribute("flash", "effort.callout.stopped");
        return "redirect:" + scope.base() + "/" + id + "/pass/" + shiftId;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
