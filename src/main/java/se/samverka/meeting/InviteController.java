package se.samverka.meeting;

import jakarta.validation.Valid;
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
import se.samverka.district.Districts;
import se.samverka.organisation.ActivityKind;
import se.samverka.shared.NotFoundException;

/**
 * Inviting organisations: narrow the register by district, activity or a saved list, tick whom to invite, and
 * optionally save the ticked ones as a new list.
 */
@Controller
@RequestMapping("/samverkan/moten/{meetingId}/bjud-in")
class InviteController {

    private final Meetings meetings;
    private final Invitations invitations;
    private final Districts districts;

    InviteController(Meetings meetings, Invitations invitations, Districts districts) {
        this.meetings = meetings;
        this.invitations = invitations;
        this.districts = districts;
    }

    @GetMapping
    String page(
            @PathVariable UUID meetingId,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String activity,
            @RequestParam(required = false) String list,
            Model model) {
        var meeting = meeting(meetingId);
        var districtValue = district != null && districts.exists(district) ? district : null;
        ActivityKind activityValue = null;
        try {
            activityValue = activity == null || activity.isBlank() ? null : ActivityKind.valueOf(activity);
        } catch (IllegalArgumentException e) {
            // an unknown activity filters nothing
        }
        UUID listValue = null;
        try {
            listValue = list == null || list.isBlank() ? null : UUID.fromString(list);
        } catch (IllegalArgumentException e) {
            // an unknown list filters nothing
        }
        var candidates = invitations.candidates(districtValue, activityValue, listValue);
        model.addAttribute("selectedDistrict", districtValue == null ? "" : districtValue);
        model.addAttribute("selectedActivity", activityValue == null ? "" : activityValue.name());
        model.addAttribute("selectedList", listValue == null ? "" : listValue.toString());
        var filtered = districtValue != null || activityValue != null || listValue != null;
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new InviteForm(
                            filtered ? candidates.stream().map(o -> o.id()).toList() : java.util.List.of(), ""));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("candidates", candidates);
        model.addAttribute(
                "invited",
                invitations.invited(meetingId).stream().map(r -> r[0]).toList());
        model.addAttribute("districtOptions", districts.all());
        model.addAttribute("activities", ActivityKind.values());
        model.addAttribute("lists", invitations.lists());
        return "meeting/invite";
    }

    @PostMapping
    String invite(
            @PathVariable UUID meetingId,
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var meeting = meeting(meetingId);
        if (!form.listName().isBlank() && invitations.listNameTaken(form.listName())) {
            result.rejectValue("listName", "meeting.field.listName.taken");
        }
        if (result.hasErrors()) {
            return page(meetingId, null, null, null, model);
        }
        if (!form.listName().isBlank()) {
            invitations.saveList(form.listName(), form.organisationIds(), user.username());
        }
        var count = invitations.invite(meeting, form.organisationIds(), user.username());
        redirect.addFlashAttribute("flash", "meeting.invited");
        redirect.addFlashAttribute("flashCount", count);
        return "redirect:/samverkan/moten/" + meetingId;
    }

    private Meeting meeting(UUID id) {
        return meetings.find(id).orElseThrow(() -> new NotFoundException("Meeting"));
    }
}
