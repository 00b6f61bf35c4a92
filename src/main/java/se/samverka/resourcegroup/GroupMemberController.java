package se.samverka.resourcegroup;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/** One member of a group: add them, their training, lead or not, and removing them (confirmed first). */
@Controller
class GroupMemberController {

    private static final String MEMBER = Paths.GROUPS + "/{groupId}/medlemmar/{volunteerId}";

    private final ResourceGroups groups;
    private final AuditLog audit;

    GroupMemberController(ResourceGroups groups, AuditLog audit) {
        this.groups = groups;
        this.audit = audit;
    }

    @PostMapping(Paths.GROUPS + "/{groupId}/medlemmar")
    String add(
            @PathVariable UUID groupId,
            @RequestParam(required = false) String volunteerId,
            Principal principal,
            RedirectAttributes redirect) {
        groups.get(groupId);
        var id = uuid(volunteerId);
        if (id == null) {
            redirect.addFlashAttribute("flash", "resourcegroup.member.choose");
            return "redirect:" + Paths.group(groupId);
        }
        var added = groups.addMember(groupId, id, principal.getName());
        audit.record(AuditAction.CHANGE, PersonRef.volunteer(id), Paths.PURPOSE, "added to a resource group");
        redirect.addFlashAttribute("flash", added ? "resourcegroup.member.added" : "resourcegroup.member.already");
        return "redirect:" + (added ? Paths.member(groupId, id) : Paths.group(groupId));
    }

    @GetMapping(MEMBER)
    String member(@PathVariable UUID groupId, @PathVariable UUID volunteerId, Model model) {
        model.addAttribute("form", TrainingForm.empty());
        return page(groupId, volunteerId, model);
    }

    @PostMapping(MEMBER + "/utbildningar")
    String addTraining(
            @PathVariable UUID groupId,
            @PathVariable UUID volunteerId,
            @Valid @ModelAttribute("form") TrainingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        find(groupId, volunteerId);
        if (!result.hasFieldErrors("expiresOn") && form.expiresBeforeTaken()) {
            result.rejectValue("expiresOn", "resourcegroup.training.expiresOn.beforeTaken");
        }
        if (result.hasErrors()) {
            return page(groupId, volunteerId, model);
        }
        groups.addTraining(groupId, volunteerId, form.name(), form.takenOn(), form.expiresOn());
        audit.record(AuditAction.CHANGE, PersonRef.volunteer(volunteerId), Paths.PURPOSE, "training recorded");
        redirect.addFlashAttribute("flash", "resourcegroup.training.added");
        return "redirect:" + Paths.member(groupId, volunteerId);
    }

    @PostMapping(MEMBER + "/utbildningar/{trainingId}/ta-bort")
    String removeTraining(
            @PathVariable UUID groupId,
            @PathVariable UUID volunteerId,
            @PathVariable UUID trainingId,
            RedirectAttributes redirect) {
        if (!groups.removeTraining(groupId, volunteerId, trainingId)) {
            throw new NotFoundException("Training");
        }
        redirect.addFlashAttribute("flash", "resourcegroup.training.removed");
        return "redirect:" + Paths.member(groupId, volunteerId);
    }

    @PostMapping(MEMBER + "/ledare")
    String leader(
            @PathVariable UUID groupId,
            @PathVariable UUID volunteerId,
            @RequestParam(defaultValue = "false") boolean leader,
            RedirectAttributes redirect) {
        find(groupId, volunteerId);
        groups.setLeader(groupId, volunteerId, leader);
        redirect.addFlashAttribute("flash", leader ? "resourcegroup.leader.set" : "resourcegroup.leader.unset");
        return "redirect:" + Paths.member(groupId, volunteerId);
    }

    @GetMapping(MEMBER + "/ta-bort")
    String confirmRemove(@PathVariable UUID groupId, @PathVariable UUID volunteerId, Model model) {
        model.addAttribute("group", groups.get(groupId));
        model.addAttribute("member", find(groupId, volunteerId));
        return "resourcegroup/remove-member";
    }

    @PostMapping(MEMBER + "/ta-bort")
    String remove(@PathVariable UUID groupId, @PathVariable UUID volunteerId, RedirectAttributes redirect) {
        find(groupId, volunteerId);
        groups.removeMember(groupId, volunteerId);
        audit.record(AuditAction.CHANGE, PersonRef.volunteer(volunteerId), Paths.PURPOSE, "removed from a group");
        redirect.addFlashAttribute("flash", "resourcegroup.member.removed");
        return "redirect:" + Paths.group(groupId);
    }

    private String page(UUID groupId, UUID volunteerId, Model model) {
        var member = find(groupId, volunteerId);
        audit.record(
                AuditAction.VIEW, PersonRef.volunteer(volunteerId), Paths.PURPOSE, "member: name, phone, training");
        model.addAttribute("group", groups.get(groupId));
        model.addAttribute("member", member);
        model.addAttribute("today", groups.today());
        return "resourcegroup/member";
    }

    private Member find(UUID groupId, UUID volunteerId) {
        groups.get(groupId);
        return groups.member(groupId, volunteerId).orElseThrow(() -> new NotFoundException("Member"));
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
