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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.district.District;
import se.samverka.district.Districts;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/** One idea's page: taking it on, its stage, sessions, parties and funding, and turning it into an effort. */
@Controller
@RequestMapping("/idelabbet/ideer/{id}")
class IdeaPageController {

    private final Ideas ideas;
    private final IdeaQueries queries;
    private final IdeaLaunch launch;
    private final IdeaProperties properties;
    private final Districts districts;
    private final Organisations organisations;

    IdeaPageController(
            Ideas ideas,
            IdeaQueries queries,
            IdeaLaunch launch,
            IdeaProperties properties,
            Districts districts,
            Organisations organisations) {
        this.ideas = ideas;
        this.queries = queries;
        this.launch = launch;
        this.properties = properties;
        this.districts = districts;
        this.organisations = organisations;
    }

    @GetMapping
    String idea(@PathVariable UUID id, Model model) {
        return show(id, model);
    }

    @PostMapping("/ta")
    String takeOn(@PathVariable UUID id, @AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        idea(id);
        redirect.addFlashAttribute("flash", ideas.takeOn(id, user.accountId()) ? "idea.taken" : "idea.takenByOther");
        return back(id);
    }

    @PostMapping("/steg")
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
        return back(id);
    }

    @PostMapping("/samtal")
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
        return back(id);
    }

    @PostMapping("/parter")
    String party(
            @PathVariable UUID id,
            @ModelAttribute("partyForm") PartyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        idea(id);
        form.check(
                result, organisations.approved().stream().map(Organisation::id).collect(Collectors.toSet()));
        if (!result.hasErrors()) {
            try {
                ideas.addParty(id, form.party());
            } catch (UnknownOrganisation e) {
                result.rejectValue("organisationId", "idea.field.organisationId.unknown");
            }
        }
        if (result.hasErrors()) {
            return show(id, model);
        }
        redirect.addFlashAttribute("flash", "idea.party.saved");
        return back(id);
    }

    @PostMapping("/finansiering")
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
        return back(id);
    }

    @PostMapping("/insats")
    String becomeEffort(
            @PathVariable UUID id,
            @ModelAttribute("launchForm") LaunchForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        idea(id);
        form.check(result, launch.owners().stream().map(OwnerOption::id).collect(Collectors.toSet()));
        var outcome = result.hasErrors() ? null : launch.launch(id, form.plan(), user.username());
        if (outcome == LaunchOutcome.UNKNOWN_OWNER) {
            result.rejectValue("owner", "idea.field.owner.choose");
        }
        if (result.hasErrors()) {
            return show(id, model);
        }
        redirect.addFlashAttribute(
                "flash", outcome == LaunchOutcome.CREATED ? "idea.effort.created" : "idea.effort.notLaunched");
        return back(id);
    }

    private IdeaDetail idea(UUID id) {
        return queries.find(id).orElseThrow(() -> new NotFoundException("idea " + id));
    }

    private static String back(UUID id) {
        return "redirect:/idelabbet/ideer/" + id;
    }

    private String show(UUID id, Model model) {
        var idea = idea(id);
        model.addAttribute("idea", idea);
        Map<String, String> names = districts.all().stream().collect(Collectors.toMap(District::id, District::name));
        model.addAttribute("districtNames", names);
        model.addAttribute("sessions", queries.sessions(id));
        model.addAttribute("parties", queries.parties(id));
        model.addAttribute("fundings", queries.fundings(id));
        model.addAttribute("stages", properties.stages());
        model.addAttribute("organisationOptions", organisations.approved());
        model.addAttribute("fundingStatuses", FundingStatus.values());
        model.addAttribute("effortTitle", launch.effortTitle(idea));
        model.addAttribute("canBecomeEffort", IdeaLaunch.LAUNCHED.equals(idea.stage()) && idea.effortId() == null);
        model.addAttribute("ownerOptions", launch.owners());
        // a form shown again after an error keeps what was typed; the others start empty
        if (!model.containsAttribute("stageForm")) {
            model.addAttribute("stageForm", new StageForm(idea.stage(), ""));
        }
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.empty(queries.today()));
        }
        if (!model.containsAttribute("partyForm")) {
            model.addAttribute("partyForm", PartyForm.empty());
        }
        if (!model.containsAttribute("launchForm")) {
            model.addAttribute("launchForm", LaunchForm.empty());
        }
        if (!model.containsAttribute("fundingForm")) {
            model.addAttribute("fundingForm", FundingForm.empty());
        }
        return "idea/detail";
    }
}
