package se.samverka.idea;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import se.samverka.district.District;
import se.samverka.district.Districts;

/** Anyone may submit an idea to Idélabbet. */
@Controller
class PublicIdeaController {

    private final Ideas ideas;
    private final Districts districts;

    PublicIdeaController(Ideas ideas, Districts districts) {
        this.ideas = ideas;
        this.districts = districts;
    }

    @GetMapping("/ideer/ny")
    String form(Model model) {
        model.addAttribute("form", IdeaForm.empty());
        return show(model);
    }

    @PostMapping("/ideer/ny")
    String submit(@ModelAttribute("form") IdeaForm form, BindingResult result, Model model, Locale locale) {
        form.check(result, districtIds());
        if (result.hasErrors()) {
            return show(model);
        }
        ideas.submit(form.idea(locale));
        return "redirect:/ideer/tack";
    }

    @GetMapping("/ideer/tack")
    String thanks() {
        return "idea/thanks";
    }

    private String show(Model model) {
        model.addAttribute("districtOptions", districts.all());
        model.addAttribute("helpOptions", HelpWanted.values());
        return "idea/submit";
    }

    private Set<String> districtIds() {
        return districts.all().stream().map(District::id).collect(Collectors.toSet());
    }
}
