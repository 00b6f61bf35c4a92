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
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.PersonRef;
import se.samverka.volunteer.Volunteers;

/** The group register for coordinators: the groups (filtered, 25 a page), a new group, and one group's members. */
@Controller
class GroupRegisterController {

    private final ResourceGroups groups;
    private final GroupCallouts callouts;
    private final Volunteers volunteers;
    private final AuditLog audit;

    GroupRegisterController(ResourceGroups groups, GroupCallouts callouts, Volunteers volunteers, AuditLog audit) {
        this.groups = groups;
        this.callouts = callouts;
        this.volunteers = volunteers;
        this.audit = audit;
    }

    @GetMapping(Paths.GROUPS)
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        var groupKind = kind(kind);
        var results = groups.page(q, groupKind, Paths.page(page));
        model.addAttribute("results", results);
        model.addAttribute("q", q);
        model.addAttribute("kind", groupKind);
        model.addAttribute("kinds", GroupKind.values());
        model.addAttribute("previous", link(Paths.GROUPS, q, groupKind, results.page() - 1));
        model.addAttribute("next", link(Paths.GROUPS, q, groupKind, results.page() + 1));
        return "resourcegroup/groups";
    }

    @GetMapping(Paths.GROUPS + "/ny")
    String newGroup(Model model) {
        model.addAttribute("form", GroupForm.empty());
        return form(model);
    }

    @PostMapping(Paths.GROUPS)
    String create(
            @Valid @ModelAttribute("form") GroupForm form,
            BindingResult result,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            var id = groups.create(form.name(), form.kind(), form.description(), principal.getName());
            redirect.addFlashAttribute("flash", "resourcegroup.created");
            return "redirect:" + Paths.group(id);
        } catch (ResourceGroups.NameTaken e) {
            result.rejectValue("name", "resourcegroup.name.taken");
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("kinds", GroupKind.values());
        return "resourcegroup/new-group";
    }

    /** The group, its members (filtered by name or phone, 25 a page), and a search of the register to add from. */
    @GetMapping(Paths.GROUPS + "/{groupId}")
    String group(
            @PathVariable UUID groupId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sok,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        var group = groups.get(groupId);
        var members = groups.memberPage(groupId, q, Paths.page(page));
        var found = volunteers.search(sok, 10);
        audit.recordAll(
                AuditAction.VIEW,
                members.rows().stream()
                        .map(m -> PersonRef.volunteer(m.volunteerId()))
                        .toList(),
                Paths.PURPOSE,
                "group members: name, phone, training");
        audit.recordAll(
                AuditAction.VIEW,
                found.stream().map(v -> PersonRef.volunteer(v.id())).toList(),
                Paths.PURPOSE,
                "volunteer search to add a member: name, phone");
        model.addAttribute("group", group);
        model.addAttribute("members", members);
        model.addAttribute("q", q);
        model.addAttribute("sok", sok);
        model.addAttribute("found", found);
        model.addAttribute("today", groups.today());
        model.addAttribute("groupCallouts", callouts.ofGroup(groupId));
        var base = Paths.group(groupId);
        model.addAttribute("previous", link(base, q, null, members.page() - 1));
        model.addAttribute("next", link(base, q, null, members.page() + 1));
        return "resourcegroup/group";
    }

    private static GroupKind kind(String kind) {
        try {
            return kind == null || kind.isBlank() ? null : GroupKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String link(String path, String q, GroupKind kind, int page) {
        var builder = UriComponentsBuilder.fromPath(path);
        if (q != null && !q.isBlank()) {
            builder.queryParam("q", q);
        }
        if (kind != null) {
            builder.queryParam("kind", kind.name());
        }
        return builder.queryParam("page", page).encode().build().toUriString();
    }
}
