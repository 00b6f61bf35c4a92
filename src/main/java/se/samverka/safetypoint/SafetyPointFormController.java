package se.samverka.safetypoint;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
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
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.district.Districts;
import se.samverka.shared.NotFoundException;

/** The coordinators' list of safety points (25 a page, by district and status) and the form to create or edit one. */
@Controller
@RequestMapping(SafetyPointFormController.PATH)
class SafetyPointFormController {

    static final String PATH = "/samordning/trygghetspunkter";

    private final SafetyPoints points;
    private final Districts districts;

    SafetyPointFormController(SafetyPoints points, Districts districts) {
        this.points = points;
        this.districts = districts;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        var districtId = district == null || district.isBlank() || !districts.exists(district) ? null : district;
        var state = status == null || status.isBlank() || !status.matches("OPEN|FULL|CLOSED")
                ? null
                : SafetyPointStatus.valueOf(status);
        var results = points.page(districtId, state, number(page));
        model.addAttribute("results", results);
        model.addAttribute("district", districtId);
        model.addAttribute("status", state == null ? null : state.name());
        model.addAttribute("districts", districts.all());
        model.addAttribute("districtNames", DistrictNames.of(districts));
        model.addAttribute("statuses", List.of(SafetyPointStatus.values()));
        model.addAttribute("previous", link(districtId, state, results.page() - 1));
        model.addAttribute("next", link(districtId, state, results.page() + 1));
        return "safetypoint/list";
    }

    @GetMapping("/ny")
    String newForm(Model model) {
        return form(model, null, SafetyPointForm.empty());
    }

    @PostMapping("/ny")
    String create(
            @Valid @ModelAttribute("form") SafetyPointForm form,
            BindingResult result,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        form.check(result, districts::exists);
        if (result.hasErrors()) {
            return form(model, null, form);
        }
        try {
            var id = points.create(form.toPoint(null), principal.getName());
            redirect.addFlashAttribute("flash", "safetypoint.flash.created");
            return "redirect:" + PATH + "/" + id;
        } catch (SafetyPoints.EffortTaken e) {
            result.rejectValue("effortId", "safetypoint.effort.taken");
        } catch (SafetyPoints.EffortNotLinkable e) {
            result.rejectValue("effortId", "safetypoint.effort.unknown");
        }
        return form(model, null, form);
    }

    @GetMapping("/{safetyPointId}/andra")
    String editForm(@PathVariable UUID safetyPointId, Model model) {
        var point = points.find(safetyPointId).orElseThrow(() -> new NotFoundException("SafetyPoint"));
        return form(model, safetyPointId, SafetyPointForm.of(point));
    }

    @PostMapping("/{safetyPointId}/andra")
    String update(
            @PathVariable UUID safetyPointId,
            @Valid @ModelAttribute("form") SafetyPointForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        points.find(safetyPointId).orElseThrow(() -> new NotFoundException("SafetyPoint"));
        form.check(result, districts::exists);
        if (result.hasErrors()) {
            return form(model, safetyPointId, form);
        }
        try {
            points.update(form.toPoint(safetyPointId));
            redirect.addFlashAttribute("flash", "safetypoint.flash.saved");
            return "redirect:" + PATH + "/" + safetyPointId;
        } catch (SafetyPoints.EffortTaken e) {
            result.rejectValue("effortId", "safetypoint.effort.taken");
        } catch (SafetyPoints.EffortNotLinkable e) {
            result.rejectValue("effortId", "safetypoint.effort.unknown");
        }
        return form(model, safetyPointId, form);
    }

    private String form(Model model, UUID id, SafetyPointForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("pointId", id);
        model.addAttribute("districts", districts.all());
        model.addAttribute("statuses", List.of(SafetyPointStatus.values()));
        model.addAttribute(
                "efforts",
                points
                        .linkableEfforts(
                                id == null
                                        ? null
                                        : points.find(id)
                                                .map(SafetyPoint::effortId)
                                                .orElse(null))
                        .stream()
                        .map(e -> new Choice(e.id().toString(), e.title()))
                        .toList());
        return "safetypoint/form";
    }

    /** An effort to choose in the form's select. */
    record Choice(String id, String name) {}

    static int number(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String link(String district, SafetyPointStatus status, int page) {
        var builder = UriComponentsBuilder.fromPath(PATH);
        if (district != null) {
            builder.queryParam("district", district);
        }
        if (status != null) {
            builder.queryParam("status", status.name());
        }
        return builder.queryParam("page", page).encode().build().toUriString();
    }
}
