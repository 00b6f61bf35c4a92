package se.samverka.collaboration;

import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.Departments;

/** The collaboration body's start page and its members. */
@Controller
@RequestMapping("/samverkan")
class CollaborationController {

    private final AgreementQueries agreements;
    private final CollaborationBody body;
    private final AgreementAccess access;
    private final Departments departments;

    CollaborationController(
            AgreementQueries agreements, CollaborationBody body, AgreementAccess access, Departments departments) {
        this.agreements = agreements;
        this.body = body;
        this.access = access;
        this.departments = departments;
    }

    @GetMapping
    String start(@AuthenticationPrincipal SamverkaUser user, Model model) {
        var today = agreements.today();
        model.addAttribute("attention", agreements.needingAttention());
        model.addAttribute("today", today);
        model.addAttribute("soon", today.plusDays(AgreementQueries.FOLLOW_UP_SOON_DAYS));
        model.addAttribute("mayRegister", access.mayRegister(user));
        return "collaboration/start";
    }

    @GetMapping("/representanter")
    String representatives(Model model) {
        var byDepartment = new LinkedHashMap<String, List<CollaborationBody.Member>>();
        var members = body.members();
        departments
                .active()
                .forEach(d -> byDepartment.put(
                        d.name(),
                        members.stream()
                                .filter(m -> m.departmentId().equals(d.id()))
                                .toList()));
        model.addAttribute("byDepartment", byDepartment);
        return "collaboration/representatives";
    }
}
