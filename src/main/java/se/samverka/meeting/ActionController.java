package se.samverka.meeting;

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
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/** Every follow-up action of every meeting, filtered by status and owner, a page at a time. */
@Controller
@RequestMapping("/samverkan/atgarder")
class ActionController {

    private final FollowUps followUps;
    private final Departments departments;
    private final Organisations organisations;

    ActionController(FollowUps followUps, Departments departments, Organisations organisations) {
        this.followUps = followUps;
        this.departments = departments;
        this.organisations = organisations;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String organisation,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var done = "DONE".equals(status) ? Boolean.TRUE : "OPEN".equals(status) ? Boolean.FALSE : null;
        var departmentValue = department != null && departments.find(department).isPresent() ? department : null;
        UUID organisationValue = null;
        try {
            organisationValue = organisation == null || organisation.isBlank() ? null : UUID.fromString(organisation);
        } catch (IllegalArgumentException e) {
            // an unknown organisation filters nothing
        }
        model.addAttribute(
                "actions", followUps.list(new FollowUps.Filter(done, departmentValue, organisationValue), page));
        model.addAttribute("departments", departments.active());
        model.addAttribute("organisations", organisations.approved());
        model.addAttribute("selectedStatus", done == null ? "" : done ? "DONE" : "OPEN");
        model.addAttribute("selectedDepartment", departmentValue == null ? "" : departmentValue);
        model.addAttribute("selectedOrganisation", organisationValue == null ? "" : organisationValue.toString());
        return "meeting/actions";
    }

    @PostMapping("/{actionId}/klar")
    String done(@PathVariable UUID actionId, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        var action = followUps.find(actionId).orElseThrow(() -> new NotFoundException("Action"));
        followUps.markDone(action.id(), user.username());
        redirect.addFlashAttribute("flash", "meeting.action.done");
        return "redirect:/samverkan/atgarder";
    }
}
