package se.samverka.district;

import jakarta.validation.Valid;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.NotFoundException;

/** Administrators keep the list of districts and their neighbours up to date. */
@Controller
@RequestMapping("/admin/omraden")
class DistrictAdminController {

    private final Districts districts;

    DistrictAdminController(Districts districts) {
        this.districts = districts;
    }

    @GetMapping
    String list(Model model) {
        var all = districts.all();
        var names = all.stream().collect(Collectors.toMap(District::id, District::name));
        model.addAttribute("districts", all);
        model.addAttribute(
                "neighbourNames",
                all.stream()
                        .collect(Collectors.toMap(
                                District::id,
                                d -> d.neighbourIds().stream()
                                        .map(id -> names.getOrDefault(id, id))
                                        .sorted()
                                        .collect(Collectors.joining(", ")))));
        return "district/list";
    }

    @GetMapping("/ny")
    String newForm(Model model) {
        return form(model, null, DistrictForm.empty());
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable String id, Model model) {
        var district = districts.find(id).orElseThrow(() -> new NotFoundException("District"));
        return form(model, id, DistrictForm.of(district));
    }

    @PostMapping({"/ny", "/{id}"})
    String save(
            @PathVariable(required = false) String id,
            @Valid @ModelAttribute("form") DistrictForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (id != null && !districts.exists(id)) {
            throw new NotFoundException("District");
        }
        if (form.neighbours().stream().anyMatch(n -> !districts.exists(n))) {
            result.rejectValue("neighbours", "district.neighbours.unknown");
        }
        if (!result.hasFieldErrors("name") && districts.nameTaken(form.name().strip(), id)) {
            result.rejectValue("name", "district.name.taken");
        }
        if (!result.hasErrors()) {
            try {
                districts.save(
                        id,
                        form.name().strip(),
                        form.eastingValue(),
                        form.northingValue(),
                        form.sortOrderValue(),
                        form.neighbours());
                redirect.addFlashAttribute("flash", "district.saved");
                return "redirect:/admin/omraden";
            } catch (Districts.DuplicateDistrictName e) {
                result.rejectValue("name", "district.name.taken");
            }
        }
        return form(model, id, form);
    }

    private String form(Model model, String id, DistrictForm form) {
        // after a failed post the bound form (and its errors and rejected values) is already in the model
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("districtId", id);
        model.addAttribute(
                "others",
                districts.all().stream().filter(d -> !d.id().equals(id)).toList());
        return "district/form";
    }
}
