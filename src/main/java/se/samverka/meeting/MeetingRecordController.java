package se.samverka.meeting;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.NotFoundException;

/** What the organiser records after a meeting: attendance, minutes, decisions and follow-up actions. */
@Controller
@RequestMapping("/samverkan/moten/{meetingId}")
class MeetingRecordController {

    private final Meetings meetings;
    private final Registrations registrations;
    private final FollowUps followUps;
    private final MeetingPage page;

    MeetingRecordController(Meetings meetings, Registrations registrations, FollowUps followUps, MeetingPage page) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.followUps = followUps;
        this.page = page;
    }

    @PostMapping("/narvaro")
    String attendance(
            @PathVariable UUID meetingId,
            @RequestParam(name = "attended", required = false) List<UUID> attended,
            RedirectAttributes redirect) {
        meeting(meetingId);
        var recorded = registrations.recordAttendance(meetingId, attended == null ? List.of() : attended);
        redirect.addFlashAttribute("flash", recorded ? "meeting.attendance.saved" : "meeting.attendance.notYet");
        return "redirect:/samverkan/moten/" + meetingId + "#narvaro";
    }

    @PostMapping("/protokoll")
    String minutes(
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute("minutesForm") MinutesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(meetingId);
        if (result.hasErrors()) {
            return page.show(meeting, model);
        }
        meetings.saveMinutes(meetingId, form.minutes());
        redirect.addFlashAttribute("flash", "meeting.minutes.saved");
        return "redirect:/samverkan/moten/" + meetingId + "#protokoll";
    }

    @PostMapping("/beslut")
    String decision(
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(meetingId);
        if (result.hasErrors()) {
            return page.show(meeting, model);
        }
        followUps.addDecision(meetingId, form.decision());
        redirect.addFlashAttribute("flash", "meeting.decision.saved");
        return "redirect:/samverkan/moten/" + meetingId + "#beslut";
    }

    @PostMapping("/atgarder")
    String action(
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(meetingId);
        if (result.hasErrors()) {
            return page.show(meeting, model);
        }
        try {
            followUps.addAction(meetingId, form.action());
        } catch (UnknownActionOwner e) {
            result.rejectValue("owner", "meeting.field.owner.required");
            return page.show(meeting, model);
        }
        redirect.addFlashAttribute("flash", "meeting.action.saved");
        return "redirect:/samverkan/moten/" + meetingId + "#atgarder";
    }

    private Meeting meeting(UUID id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("Meeting"));
    }
}
