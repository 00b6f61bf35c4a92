package se.samverka.meeting;

import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.Membership;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * An organisation's meetings in its workspace: the meetings it is invited to, registering and cancelling, the
 * calendar file once registered, and the follow-up actions it owns. Whoever is not a member of the organisation
 * gets 404, as on every workspace page; a meeting the organisation is not invited to is not found either.
 */
@Controller
@RequestMapping("/forening/{orgId}")
class WorkspaceMeetingController {

    private final Organisations organisations;
    private final Meetings meetings;
    private final Registrations registrations;
    private final FollowUps followUps;

    WorkspaceMeetingController(
            Organisations organisations, Meetings meetings, Registrations registrations, FollowUps followUps) {
        this.organisations = organisations;
        this.meetings = meetings;
        this.registrations = registrations;
        this.followUps = followUps;
    }

    @GetMapping("/moten")
    String list(@PathVariable UUID orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var membership = member(user, orgId);
        model.addAttribute("membership", membership);
        var list = meetings.invitedTo(orgId);
        model.addAttribute("meetings", list);
        var statuses = new java.util.HashMap<UUID, String>();
        list.forEach(m -> registrations
                .find(m.id(), orgId)
                .filter(Registration::active)
                .ifPresent(r -> statuses.put(m.id(), r.status().messageKey())));
        model.addAttribute("statuses", statuses);
        model.addAttribute("now", meetings.now());
        return "meeting/workspace-list";
    }

    @GetMapping("/moten/{meetingId}")
    String show(
            @PathVariable UUID orgId,
            @PathVariable UUID meetingId,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var membership = member(user, orgId);
        return show(membership, meeting(orgId, meetingId), model);
    }

    @PostMapping("/moten/{meetingId}/anmal")
    String register(
            @PathVariable UUID orgId,
            @PathVariable UUID meetingId,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var membership = member(user, orgId);
        var meeting = meeting(orgId, meetingId);
        if (!result.hasFieldErrors("participants") && !meeting.holds(form.participants())) {
            // shown together with the form's other errors; the module refuses it as well
            overCapacity(meeting, result);
        }
        if (result.hasErrors()) {
            return show(membership, meeting, model);
        }
        var language = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "sv";
        Registrations.Outcome outcome;
        try {
            outcome = registrations.register(form.registration(meetingId, orgId, language), user.username());
        } catch (DuplicateKeyException e) {
            outcome = Registrations.Outcome.ALREADY_REGISTERED;
        }
        if (outcome == Registrations.Outcome.OVER_CAPACITY) {
            // the capacity changed since the meeting was read above
            var current = meetings.find(meetingId).orElse(meeting);
            overCapacity(current, result);
            return show(membership, current, model);
        }
        redirect.addFlashAttribute("flash", "meeting.registration." + outcome.name());
        return "redirect:/forening/" + orgId + "/moten/" + meetingId;
    }

    private static void overCapacity(Meeting meeting, BindingResult result) {
        result.rejectValue(
                "participants", "meeting.field.participants.overCapacity", new Object[] {meeting.capacity()}, null);
    }

    @PostMapping("/moten/{meetingId}/avanmal")
    String cancel(
            @PathVariable UUID orgId,
            @PathVariable UUID meetingId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        member(user, orgId);
        meeting(orgId, meetingId);
        redirect.addFlashAttribute(
                "flash",
                registrations.cancel(meetingId, orgId)
                        ? "meeting.registration.cancelled"
                        : "meeting.registration.none");
        return "redirect:/forening/" + orgId + "/moten/" + meetingId;
    }

    @GetMapping("/moten/{meetingId}/kalender.ics")
    ResponseEntity<byte[]> calendar(
            @PathVariable UUID orgId, @PathVariable UUID meetingId, @AuthenticationPrincipal SamverkaUser user) {
        member(user, orgId);
        var meeting = meeting(orgId, meetingId);
        registrations
                .find(meetingId, orgId)
                .filter(r -> r.status() == Registration.Status.REGISTERED)
                .orElseThrow(() -> new NotFoundException("Registration"));
        return MeetingController.calendarFile(meeting, MeetingCalendar.of(meeting, meetings.now(), null));
    }

    @GetMapping("/atgarder")
    String actions(@PathVariable UUID orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        model.addAttribute("membership", member(user, orgId));
        model.addAttribute("actions", followUps.ownedBy(orgId));
        return "meeting/workspace-actions";
    }

    @PostMapping("/atgarder/{actionId}/klar")
    String done(
            @PathVariable UUID orgId,
            @PathVariable UUID actionId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        member(user, orgId);
        var action = followUps
                .find(actionId)
                .filter(a -> orgId.equals(a.ownerOrganisationId()))
                .orElseThrow(() -> new NotFoundException("Action"));
        followUps.markDone(action.id(), user.username());
        redirect.addFlashAttribute("flash", "meeting.action.done");
        return "redirect:/forening/" + orgId + "/atgarder";
    }

    private String show(Membership membership, Meeting meeting, Model model) {
        model.addAttribute("membership", membership);
        model.addAttribute("meeting", meeting);
        var registration =
                registrations.find(meeting.id(), membership.organisationId()).filter(Registration::active);
        model.addAttribute("registration", registration.orElse(null));
        if (registration.isPresent() && registration.get().status() == Registration.Status.WAITING) {
            var waiting = registrations.of(meeting.id()).stream()
                    .filter(r -> r.status() == Registration.Status.WAITING)
                    .toList();
            model.addAttribute("position", waiting.indexOf(registration.get()) + 1);
        }
        model.addAttribute("started", meeting.started(meetings.now()));
        model.addAttribute("decisions", followUps.decisions(meeting.id()));
        model.addAttribute("actions", followUps.of(meeting.id()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RegistrationForm.empty());
        }
        return "meeting/workspace-meeting";
    }

    private Membership member(SamverkaUser user, UUID orgId) {
        if (user == null) {
            throw new NotFoundException("Organisation");
        }
        return organisations
                .membership(user.accountId(), orgId)
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    /** The meeting, when the organisation is invited to it; otherwise not found. */
    private Meeting meeting(UUID orgId, UUID meetingId) {
        if (!meetings.invited(meetingId, orgId)) {
            throw new NotFoundException("Meeting");
        }
        return meetings.find(meetingId).orElseThrow(() -> new NotFoundException("Meeting"));
    }
}
