package se.samverka.retention;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.security.Principal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see every retention rule and the last runs, and can start a run now. */
@Controller
@RequestMapping("/admin/gallring")
class RetentionAdminController {

    static final int RUN_LINES = 40;

    private final RetentionJob job;
    private final RetentionRuns runs;
    private final RetentionProperties properties;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final OneTimeTask<String> task;

    RetentionAdminController(
            RetentionJob job,
            RetentionRuns runs,
            RetentionProperties properties,
            ObjectProvider<SchedulerClient> scheduler,
            @Qualifier("retentionNow") OneTimeTask<String> task) {
        this.job = job;
        this.runs = runs;
        this.properties = properties;
        this.scheduler = scheduler;
        this.task = task;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("categories", job.categories());
        model.addAttribute("runs", runs.latest(RUN_LINES));
        model.addAttribute("running", runs.running());
        model.addAttribute("properties", properties);
        model.addAttribute("zone", job.zone());
        return "retention/admin";
    }

    @GetMapping("/kor")
    String confirm() {
        return "retention/confirm";
    }

    /** Starts a run within seconds, on whichever instance picks it up; a run already planned is not doubled. */
    @PostMapping("/kor")
    String runNow(Principal principal, RedirectAttributes flash) {
        var client = scheduler.getIfAvailable();
        if (client != null) {
            client.scheduleIfNotExists(task.instance("now", principal.getName()), job.now());
        } else {
            var name = principal.getName();
            var thread = new Thread(() -> job.runAll(name), "retention-now");
            thread.start();
        }
        flash.addFlashAttribute("flash", "retention.admin.started.flash");
        return "redirect:/admin/gallring";
    }
}
