package se.samverka.task;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The coordinators' measures page: are we asking few, well-chosen people? */
@Controller
class MeasuresController {

    private final Measures measures;

    MeasuresController(Measures measures) {
        this.measures = measures;
    }

    @GetMapping("/samordning/matt")
    String measures(Model model) {
        var snapshot = measures.current();
        model.addAttribute("rows", snapshot.rows());
        model.addAttribute("countedAt", snapshot.countedAt());
        return "task/measures";
    }
}
