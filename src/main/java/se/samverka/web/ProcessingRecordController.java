package se.samverka.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.samverka.shared.ProcessingActivities;
import se.samverka.shared.ProcessingActivity;

/** The record of processing activities (GDPR article 30), built from what each module declares. */
@Controller
class ProcessingRecordController {

    private final List<ProcessingActivity> activities;

    ProcessingRecordController(List<ProcessingActivities> declarations) {
        this.activities = declarations.stream()
                .flatMap(d -> d.activities().stream())
                .sorted(Comparator.comparing(ProcessingActivity::module).thenComparing(ProcessingActivity::nameKey))
                .toList();
    }

    @GetMapping("/integritet/behandlingar")
    String record(Model model) {
        model.addAttribute("activities", activities);
        return "web/processing";
    }
}
