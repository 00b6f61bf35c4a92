package se.samverka.idea;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/** Idélabbet's coaches: the inbox, the board, the list with filters and each idea's coaching. */
@Controller
@RequestMapping("/idelabbet")
class CoachController {

    private final Ideas ideas;
    private final IdeaProperties properties;
    private final Districts districts;
    private final Organisations organisations;
    private final IdeaLaunch launch;

    CoachController(
            Ideas ideas,
            IdeaProperties properties,
            Districts districts,
            Organisations organisations,
            IdeaLaunch launch) {
        this.ideas = ideas;
        this.launch = launch;
        this.properties = properties;
        this.districts = districts;
        this.organisations = organisations;
    }

    /** New ideas nobody has taken on, and the coach's own caseload. */
    @GetMapping
    String inbox(@AuthenticationPrincipal SamverkaUser user, Model model) {
        model.addAttribute("newIdeas", ideas.list(null, true, null, null, null));
        var mine = user == null ? java.util.List.<IdeaLine>of() : ideas.list(user.accountId(), false, null, null, null);
        model.addAttribute("mine", mine);
        model.addAttribute("myId", user == null ? null : user.accountId());
        return "idea/inbox";
    }

    @GetMapping("/tavla")
    String board(Model model) {
        var all = ideas.list(null, false, null, null, null);
        var byStage = new java.util.LinkedHashMap<String, java.util.List<IdeaLine>>();
        properties.stages().forEach(s -> byStage.put(s, new java.util.ArrayList<>()));
        all.forEach(i -> byStage.computeIfAbsent(i.stage(), k -> new java.util.ArrayList<>())
                .add(i));
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
        model.addAttribute("ideas", ideas.list(coachId, false, stageValue, districtValue, helpValue));
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

    @GetMapping("/ideer/{id}")
    String idea(@PathVariable UUID id, Model model) {
        return show(id, model);
    }

    @PostMapping("/ideer/{id}/ta")
    String takeOn(@PathVariable UUID id, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        idea(id);
        redirect.addFlashAttribute("flash", ideas.takeOn(id, user.accountId()) ? "idea.taken" : "idea.takenByOther");
        return "redirect:/idelabbet/ideer/" + id;
    }

    @PostMapping("/ideer/{id}/steg")
    String move(
            @PathVariable UUID id,
            @ModelAttribute("stageForm") StageForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        idea(id);
        form.check(result, properties.stages());
        if (result.hasErrors()) {
            return show(id, model);
        }
        ideas.moveTo(id, form.stage(), form.outcome(), user.displayName());
        redirect.addFlashAttribute("flash", "idea.moved");
        return "redirect:/idelabbet/ideer/" + id;
    }

    @PostMapping("/ideer/{id}/samtal")
    String session(
            @PathVariable UUID id,
            @ModelAttribute("sessionForm") SessionForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        idea(id);
        form.check(result);
        if (result.hasErrors()) {
            return show(id, model);
        }
        ideas.addSession(id, form.heldOnValue(), form.notes(), user.accountId(), form.steps());
        redirect.addFlashAttribute("flash", "idea.session.saved");
        return "redirect:/idelabbet/ideer/" + id;
    }

    @PostMapping("/ideer/{id}/parter")
    String party(
            @PathVariable UUID id,
            @ModelAttribute("partyForm") PartyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        idea(id);
        var approved = organisations.approved();
        form.check(result, approved.stream().map(Organisation::id).collect(Collectors.toSet()));
        if (result.hasErrors()) {
            return show(id, model);
        }
        var orgId = form.organisationIdValue();
        var name = orgId == null
                ? form.name()
                : approved.stream()
                        .filter(o -> o.id().equals(orgId))
                        .findFirst()
                        .orElseThrow()
                        .name();
        ideas.addParty(id, orgId, name, form.part());
        redirect.addFlashAttribute("flash", "idea.party.saved");
        return "redirect:/idelabbet/ideer/" + id;
    }

    @PostMapping("/ideer/{id}/finansiering")
    String funding(
            @PathVariable UUID id,
            @ModelAttribute("fundingForm") FundingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        idea(id);
        form.check(result);
        if (result.hasErrors()) {
            return show(id, model);
        }
        ideas.addFunding(id, form.source(), form.amountValue(), form.statusValue());
        redirect.addFlashAttribute("flash", "idea.funding.saved");
        return "redirect:/idelabbet/ideer/" + id;
    }

    @PostMapping("/ideer/{id}/insats")
    String becomeEffort(
            @PathVariable UUID id,
            @ModelAttribute("launchForm") LaunchForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        var idea = idea(id);
        form.check(result, launch.owners().stream().map(OwnerOption::id).collect(Collectors.toSet()));
        if (result.hasErrors()) {
            return show(id, model);
        }
        var effort = launch.launch(idea, form, user.username());
        redirect.addFlashAttribute("flash", effort.isPresent() ? "idea.effort.created" : "idea.effort.notLaunched");
        return "redirect:/idelabbet/ideer/" + id;
    }

    private IdeaDetail idea(UUID id) {
        return ideas.find(id).orElseThrow(() -> new NotFoundException("idea " + id));
    }

    private String show(UUID id, Model model) {
        var idea = idea(id);
        model.addAttribute("idea", idea);
        Map<String, String> names = districts.all().stream().collect(Collectors.toMap(District::id, District::name));
        model.addAttribute("districtNames", names);
        model.addAttribute("sessions", ideas.sessions(id));
        model.addAttribute("parties", ideas.parties(id));
        model.addAttribute("fundings", ideas.fundings(id));
        model.addAttribute("stages", properties.stages());
        model.addAttribute("organisationOptions", organisations.approved());
        model.addAttribute("fundingStatuses", FundingStatus.values());
        if (!model.containsAttribute("stageForm")) {
            model.addAttribute("stageForm", new StageForm(idea.stage(), ""));
        }
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.empty(ideas.today()));
        }
        if (!model.containsAttribute("partyForm")) {
            model.addAttribute("partyForm", PartyForm.empty());
        }
        model.addAttribute("effortTitle", launch.effortTitle(idea));
        model.addAttribute("canBecomeEffort", IdeaLaunch.LAUNCHED.equals(idea.stage()) && idea.effortId() == null);
        model.addAttribute("ownerOptions", launch.owners());
        if (!model.containsAttribute("launchForm")) {
            model.addAttribute("launchForm", LaunchForm.empty());
        }
        if (!model.containsAttribute("fundingForm")) {
            model.addAttribute("fundingForm", FundingForm.empty());
        }
        return "idea/detail";
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
