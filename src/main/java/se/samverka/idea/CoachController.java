package se.samverka.idea;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;

/** Idélabbet's coaches: the inbox, the board and the list with filters. Each idea's page: {@link IdeaPageController}. */
@Controller
@RequestMapping("/idelabbet")
class CoachController {

    private final IdeaQueries ideas;
    private final IdeaProperties properties;
    private final Districts districts;

    CoachController(IdeaQueries ideas, IdeaProperties properties, Districts districts) {
        this.ideas = ideas;
        this.properties = properties;
        this.districts = districts;
    }

    /** New ideas nobody has taken on, and the coach's own caseload. */
    @GetMapping
    String inbox(@AuthenticationPrincipal SamverkaUser user, Model model) {
        model.addAttribute("newIdeas", ideas.list(IdeaFilter.unassignedOnly()));
        var mine = user == null ? List.<IdeaLine>of() : ideas.list(IdeaFilter.coachedBy(user.accountId()));
        model.addAttribute("mine", mine);
        model.addAttribute("myId", user == null ? null : user.accountId());
        return "idea/inbox";
    }

    @GetMapping("/tavla")
    String board(Model model) {
        var all = ideas.list(IdeaFilter.all());
        var byStage = new LinkedHashMap<String, List<IdeaLine>>();
        properties.stages().forEach(s -> byStage.put(s, new ArrayList<>()));
        all.forEach(
                i -> byStage.computeIfAbsent(i.stage(), k -> new ArrayList<>()).add(i));
        model.addAttribute("board", byStage);
        return "idea/board";
    }

    @GetMapping("/ideer")
    String list(
            @RequestParam(name = "coach", required = false) String coach,
            @RequestParam(name = "stage", required = false) String stage,
            @RequestParam(name = "district", required = false) String district,
            @RequestParam(name = "help", required = false) String help,
            Model model) {
        var coachId = uuid(coach);
        var stageValue = stage != null && properties.stages().contains(stage) ? stage : null;
        var districtValue = district != null && districts.exists(district) ? district : null;
        HelpWanted helpValue = null;
        try {
            helpValue = help == null || help.isBlank() ? null : HelpWanted.valueOf(help);
        } catch (IllegalArgumentException e) {
            // an unknown value filters nothing
        }
        model.addAttribute("ideas", ideas.list(new IdeaFilter(coachId, false, stageValue, districtValue, helpValue)));
        model.addAttribute("coaches", ideas.coaches());
        model.addAttribute("stages", properties.stages());
        model.addAttribute("districtOptions", districts.all());
        model.addAttribute("helpOptions", HelpWanted.values());
        model.addAttribute("selectedCoach", coachId == null ? "" : coachId.toString());
        model.addAttribute("selectedStage", stageValue == null ? "" : stageValue);
        model.addAttribute("selectedDistrict", districtValue == null ? "" : districtValue);
        model.addAttribute("selectedHelp", helpValue == null ? "" : helpValue.name());
        return "idea/list";
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
