package se.samverka.meeting;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.NotFoundException;

/**
 * The organiser cancels an organisation's registration, after a page that asks "are you sure?": the organisation is
 * told by e-mail and the waiting list moves up. Unknown meetings and registrations that are not live give 404.
 */
@Controller
@RequestMapping("/samverkan/moten/{meetingId}/anmalan/{orgId}/avboka")
class RegistrationCancelController {

    private final Meetings meetings;
    private final Registrations registrations;

    RegistrationCancelController(Meetings meetings, Registrations registrations) {
        this.meetings = meetings;
        this.registrations = registrations;
    }

    @GetMapping
    String confirm(@PathVariable UUID meetingId, @PathVariable UUID orgId, Model model) {
        var meeting = meetings.find(meetingId).orElseThrow(() -> new NotFoundException("Meeting"));
        var registration = live(meetingId, orgId);
        model.addAttribute("meeting", meeting);
        model.addAttribute("registration", registration);
        return "meeting/cancel-registration";
    }

    @PostMapping
    String cancel(@PathVariable UUID meetingId, @PathVariable UUID orgId, RedirectAttributes redirect) {
        meetings.find(meetingId).orElseThrow(() -> new NotFoundException("Meeting"));
        var registration = live(meetingId, orgId);
        if (registrations.cancelByStaff(meetingId, orgId)) {
            redirect.addFlashAttribute("flash", "meeting.staffCancel.done");
        }
        redirect.addFlashAttribute("cancelledName", registration.organisationName());
        return "redirect:/samverkan/moten/" + meetingId + "#narvaro";
    }

    private Registration live(UUID meetingId, UUID orgId) {
        return registrations
                .find(meetingId, orgId)
                .filter(Registration::active)
                .orElseThrow(() -> new NotFoundException("Registration"));
    }
}
