package se.samverka.effort;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.organisation.Departments;
import se.samverka.shared.PhoneNumber;

/**
 * The efforts workspace, the same pages for the municipality (/samordning/insatser, the departments' efforts)
 * and for an organisation (/forening/{orgId}/insatser, only its own efforts, only for its members).
 */
@Controller
@RequestMapping({EffortPaths.MUNICIPAL, "/forening/{orgId}/insatser"})
class EffortWorkspaceController {

    private final Workspace workspace;
    private final Efforts efforts;
    private final Districts districts;
    private final Departments departments;

    EffortWorkspaceController(Workspace workspace, Efforts efforts, Districts districts, Departments departments) {
        this.workspace = workspace;
        this.efforts = efforts;
        this.districts = districts;
        this.departments = departments;
    }

    @GetMapping
    String list(@PathVariable(required = false) UUID orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var scope = workspace.scope(orgId, user);
        common(model, scope);
        model.addAttribute("efforts", efforts.ownedBy(orgId));
        return "effort/workspace-list";
    }

    @GetMapping("/volontarer")
    String volunteers(
            @PathVariable(required = false) UUID orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var scope = workspace.scope(orgId, user);
        common(model, scope);
        model.addAttribute(
                "volunteers",
                efforts.volunteersOf(orgId).stream()
                        .map(r -> new VolunteerRow(
                                (String) r[0], (String) r[1], PhoneNumber.displayOf((String) r[2]), (Integer) r[3]))
                        .toList());
        return "effort/volunteers";
    }

    /** One volunteer on the owner's efforts. */
    public record VolunteerRow(String name, String email, String phone, int signups) {}

    @GetMapping("/ny")
    String newForm(
            @PathVariable(required = false) UUID orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var scope = workspace.scope(orgId, user);
        workspace.mayCreate(scope);
        return form(model, scope, null, EffortForm.empty(efforts.today()));
    }

    @PostMapping("/ny")
    String create(
            @PathVariable(required = false) UUID orgId,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("form") EffortForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        workspace.mayCreate(scope);
        check(form, result, scope);
        if (result.hasErrors()) {
            return form(model, scope, null, form);
        }
        var id = efforts.create(form.toEffort(null, orgId, EffortStatus.DRAFT), user.getUsername());
        redirect.addFlashAttribute("flash", "effort.flash.created");
        return "redirect:" + scope.base() + "/" + id;
    }

    @GetMapping("/{id}")
    String show(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var scope = workspace.scope(orgId, user);
        var effort = workspace.effort(scope, id);
        common(model, scope);
        model.addAttribute("effort", effort);
        model.addAttribute("shifts", efforts.shifts(id));
        model.addAttribute("districtNames", districtNames());
        model.addAttribute(
                "ownerName",
                scope.municipal()
                        ? departments
                                .find(effort.departmentId())
                                .map(d -> d.name())
                                .orElse("")
                        : scope.organisationName());
        return "effort/workspace-effort";
    }

    @GetMapping("/{id}/andra")
    String editForm(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var scope = workspace.scope(orgId, user);
        var effort = workspace.effort(scope, id);
        return form(model, scope, id, EffortForm.of(effort));
    }

    @PostMapping("/{id}/andra")
    String update(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("form") EffortForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        var effort = workspace.effort(scope, id);
        check(form, result, scope);
        if (result.hasErrors()) {
            return form(model, scope, id, form);
        }
        efforts.update(form.toEffort(id, orgId, effort.status()));
        redirect.addFlashAttribute("flash", "effort.flash.saved");
        return "redirect:" + scope.base() + "/" + id;
    }

    @PostMapping("/{id}/publicera")
    String publish(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        workspace.mayCreate(scope);
        efforts.publish(workspace.effort(scope, id).id());
        redirect.addFlashAttribute("flash", "effort.flash.published");
        return "redirect:" + scope.base() + "/" + id;
    }

    @PostMapping("/{id}/pausa")
    String pause(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        efforts.pause(workspace.effort(scope, id).id());
        redirect.addFlashAttribute("flash", "effort.flash.paused");
        return "redirect:" + scope.base() + "/" + id;
    }

    @PostMapping("/{id}/stang")
    String close(
            @PathVariable(required = false) UUID orgId,
            @PathVariable UUID id,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        var scope = workspace.scope(orgId, user);
        efforts.close(workspace.effort(scope, id).id());
        redirect.addFlashAttribute("flash", "effort.flash.closed");
        return "redirect:" + scope.base() + "/" + id;
    }

    private void check(EffortForm form, BindingResult result, Workspace.Scope scope) {
        if (result.getTarget() == null) {
            return;
        }
        form.check(
                result,
                districts::exists,
                d -> departments.find(d).filter(x -> x.active()).isPresent(),
                scope.municipal());
    }

    private String form(Model model, Workspace.Scope scope, UUID id, EffortForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        common(model, scope);
        model.addAttribute("effortId", id);
        model.addAttribute("allDistricts", districts.all());
        model.addAttribute("departments", scope.municipal() ? departments.active() : List.of());
        return "effort/effort-form";
    }

    private void common(Model model, Workspace.Scope scope) {
        model.addAttribute("base", scope.base());
        model.addAttribute("organisationName", scope.organisationName());
        model.addAttribute("municipal", scope.municipal());
        model.addAttribute("mayCreate", scope.approved());
    }

    private Map<String, String> districtNames() {
        return districts.all().stream().collect(Collectors.toMap(District::id, District::name));
    }
}
