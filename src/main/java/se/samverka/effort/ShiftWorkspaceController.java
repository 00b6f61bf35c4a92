package se.samverka.effort;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.helpkind.HelpKinds;
import se.samverka.shared.HelpKind;
import se.samverka.shared.Language;
import se.samverka.shared.NotFoundException;
import se.samverka.volunteer.Volunteers;

/** An effort's shifts in the workspace: add them, see who is on each, message them, cancel, call out. */
@Controller
@RequestMapping({EffortPaths.MUNICIPAL + "/{id}/pass", "/forening/{orgId}/insatser/{id}/pass"})
class ShiftWorkspaceController {

    private final Workspace workspace;
    private final Efforts efforts;
    private final ShiftApplications applications;
    private final Districts districts;
    private final Callouts callouts;
    private final CalloutQueries calloutQueries;
    private final Clock clock;
    private final Volunteers volunteers;
    private final HelpKinds kinds;
    private final RosterGuests guests;

    ShiftWorkspaceController(
            Workspace workspace,
            Efforts efforts,
            ShiftApplications applications,
            Districts districts,
            Callouts callouts,
            CalloutQueries calloutQueries,
            Clock clock,
            Volunteers volunteers,
            HelpKinds kinds,
            RosterGuests guests) {
        this.guests = guests;
        this.kinds = kinds;
        this.volunteers = volunteers;
        this.workspace = workspace;
        this.efforts = efforts;
        this.applications = applications;
        this.districts = districts;
        this.callouts = callouts;
        this.calloutQueries = calloutQueries;
        this.clock = clock;
    }

    @GetMapping("/ny")
    String newForm(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var scope = workspace.scope(orgId, user);
        workspace.mayCreate(scope);
        var effort = open(scope, id);
        var date = effort.periodStart().isAfter(efforts.today())
                ? effort.periodStart()
                : efforts.today().plusDays(1);
        return form(
                model,
                scope,
                effort,
                ShiftForm.empty(
                        date,
                        effort.districtIds().isEmpty()
                                ? ""
                                : effort.districtIds().get(0)));
    }

    @PostMapping("/ny")
    String create(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("form") ShiftForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        workspace.mayCreate(scope);
        var effort = open(scope, id);
        if (result.getTarget() != null) {
            form.check(
                    result,
                    clock.instant(),
                    clock.getZone(),
                    effort,
                    districts::exists,
                    kinds::isActive,
                    (place, date, from, to) -> efforts.overlaps(id, place, date, from, to));
        }
        if (result.hasErrors()) {
            return form(model, scope, effort, form);
        }
        var created = efforts.addShifts(form.toShift(id), form.repeat());
        redirect.addFlashAttribute("flash", "effort.flash.shiftsAdded");
        redirect.addFlashAttribute("flashCount", created.size());
        return "redirect:" + scope.base() + "/" + id;
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
        model.addAttribute(
                "activeCallout",
                calloutQueries
                        .activeFor(SubjectType.EFFORT_NEED, shiftId)
                        .map(c -> c.id())
                        .orElse(null));
        model.addAttribute("latestCallout", latestCallout(shiftId));
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

    private ShiftCalloutView latestCallout(UUID shiftId) {
        var latest = calloutQueries.forSubject(SubjectType.EFFORT_NEED, shiftId).stream()
                .findFirst()
                .orElse(null);
        if (latest == null) {
            return null;
        }
        var asks = calloutQueries.asks(latest.id()).stream()
                .map(a -> new ShiftCalloutView.Ask(
                        a.volunteerId(),
                        volunteers.find(a.volunteerId()).map(v -> v.name()).orElse("–"),
                        "effort.callout.channel." + a.channel().name(),
                        a.status().messageKey()))
                .toList();
        var skipped = calloutQueries.skipCounts(latest.id()).entrySet().stream()
                .map(e -> new ShiftCalloutView.Skipped(e.getKey().messageKey(), e.getValue()))
                .toList();
        return new ShiftCalloutView(latest, asks, skipped);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The effort, while it is not closed: a closed effort takes no new shifts. */
    private Effort open(Workspace.Scope scope, UUID id) {
        var effort = workspace.effort(scope, id);
        if (effort.isClosed()) {
            throw new NotFoundException("Effort");
        }
        return effort;
    }

    private String form(Model model, Workspace.Scope scope, Effort effort, ShiftForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("base", scope.base());
        model.addAttribute("effort", effort);
        model.addAttribute("allDistricts", districts.all());
        // every kind offered now, in the administrator's order (no longer only the errand kinds)
        model.addAttribute("kindOptions", kinds.active());
        model.addAttribute("safeguardingLevels", ShiftForm.SAFEGUARDING_LEVELS);
        model.addAttribute("languages", Language.CODES);
        model.addAttribute("modes", SignupMode.values());
        return "effort/shift-form";
    }
}
