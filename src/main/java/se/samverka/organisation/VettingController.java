package se.samverka.organisation;

import jakarta.validation.Valid;
import java.security.Principal;
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

/** Municipal staff vet applications the way Volontärbyrån does, and see every organisation's status. */
@Controller
@RequestMapping("/samordning/foreningar")
class VettingController {

    private final Organisations organisations;
    private final OrganisationRegister register;
    private final Representatives representatives;
    private final DetailsOptions options;

    VettingController(
            Organisations organisations,
            OrganisationRegister register,
            Representatives representatives,
            DetailsOptions options) {
        this.organisations = organisations;
        this.register = register;
        this.representatives = representatives;
        this.options = options;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("pending", organisations.withStatus(OrganisationStatus.PENDING));
        model.addAttribute("approved", organisations.withStatus(OrganisationStatus.APPROVED));
        model.addAttribute("rejected", organisations.withStatus(OrganisationStatus.REJECTED));
        model.addAttribute("zone", YearlyCheck.STOCKHOLM);
        return "organisation/vetting-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("reject", new RejectForm(""));
        return page(id, model);
    }

    @PostMapping("/{id}/godkann")
    String approve(@PathVariable String id, Principal staff, RedirectAttributes redirect) {
        var organisation = find(id);
        var done = register.decide(organisation.id(), OrganisationStatus.APPROVED, null, staff.getName());
        redirect.addFlashAttribute(
                "flash", done ? "organisation.vetting.approved" : "organisation.vetting.alreadyDecided");
        return "redirect:/samordning/foreningar/" + organisation.id();
    }

    @PostMapping("/{id}/avsla")
    String reject(
            @PathVariable String id,
            @Valid @ModelAttribute("reject") RejectForm form,
            BindingResult result,
            Principal staff,
            Model model,
            RedirectAttributes redirect) {
        var organisation = find(id);
        if (result.hasErrors()) {
            return page(id, model);
        }
        var done = register.decide(
                organisation.id(), OrganisationStatus.REJECTED, form.reason().strip(), staff.getName());
        redirect.addFlashAttribute(
                "flash", done ? "organisation.vetting.rejected" : "organisation.vetting.alreadyDecided");
        return "redirect:/samordning/foreningar/" + organisation.id();
    }

    private String page(String id, Model model) {
        var organisation = find(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("phone", DirectoryController.phone(organisation));
        model.addAttribute("members", representatives.of(organisation.id()));
        model.addAttribute("districtNames", options.districtNames());
        model.addAttribute("zone", YearlyCheck.STOCKHOLM);
        return "organisation/vetting-detail";
    }

    private Organisation find(String id) {
        return DirectoryController.parseId(id)
                .flatMap(organisations::find)
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }
}
