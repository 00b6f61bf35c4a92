package se.samverka.collaboration;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.organisation.Departments;
import se.samverka.organisation.Organisation;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * The register of agreements: the list with filters, and registering and changing one. Each agreement's page, its
 * follow-ups and documents: {@link AgreementPageController}.
 */
@Controller
@RequestMapping("/samverkan/avtal")
class AgreementController {

    private final Agreements agreements;
    private final AgreementQueries queries;
    private final AgreementAccess access;
    private final Departments departments;
    private final Organisations organisations;
    private final AgreementFormChecks checks;

    AgreementController(
            Agreements agreements,
            AgreementQueries queries,
            AgreementAccess access,
            Departments departments,
            Organisations organisations,
            AgreementFormChecks checks) {
        this.agreements = agreements;
        this.queries = queries;
        this.access = access;
        this.departments = departments;
        this.organisations = organisations;
        this.checks = checks;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String ending,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") String page,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var filter = AgreementFilter.parse(department, organisation, type, status, ending, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("result", queries.search(filter, page(page)));
        model.addAttribute("departmentOptions", departments.active());
        model.addAttribute("organisationOptions", organisations.approved());
        model.addAttribute("types", AgreementType.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("mayRegister", access.mayRegister(user));
        return "collaboration/agreements";
    }

    @GetMapping("/ny")
    String newForm(@AuthenticationPrincipal SamverkaUser user, Model model) {
        access.requireRegister(user);
        var own = access.departmentsFor(user);
        model.addAttribute(
                "form", AgreementForm.empty(own.size() == 1 ? own.get(0).id() : ""));
        return form(user, null, model);
    }

    @PostMapping("/ny")
    String create(
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        access.requireRegister(user);
        checks.check(form, result, user);
        if (result.hasErrors()) {
            return form(user, null, model);
        }
        var id = agreements.register(form.registration(), user.getUsername());
        if (form.followUpOn() != null) {
            agreements.addFollowUp(id, form.followUpOn(), form.followUpNote());
        }
        redirect.addFlashAttribute("flash", "collaboration.agreement.created");
        return "redirect:/samverkan/avtal/" + id;
    }

    @GetMapping("/{agreementId}/andra")
    String editForm(@PathVariable UUID agreementId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var agreement = queries.find(agreementId).orElseThrow(() -> new NotFoundException("Agreement"));
        access.requireEdit(user, agreement.departmentId());
        model.addAttribute("form", AgreementForm.of(agreement));
        return form(user, agreementId, model);
    }

    @PostMapping("/{agreementId}/andra")
    String edit(
            @PathVariable UUID agreementId,
            @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        access.requireEdit(user, queries.departmentOf(agreementId));
        checks.check(form, result, user);
        if (result.hasErrors()) {
            return form(user, agreementId, model);
        }
        agreements.update(agreementId, form.registration());
        redirect.addFlashAttribute("flash", "collaboration.agreement.saved");
        return "redirect:/samverkan/avtal/" + agreementId;
    }

    private String form(SamverkaUser user, UUID agreementId, Model model) {
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("departmentOptions", access.departmentsFor(user));
        model.addAttribute("organisationOptions", organisationOptions((AgreementForm) model.getAttribute("form")));
        model.addAttribute(
                "types", Arrays.stream(AgreementType.values()).map(Enum::name).toList());
        model.addAttribute(
                "statuses",
                Arrays.stream(AgreementStatus.values()).map(Enum::name).toList());
        return "collaboration/agreement-form";
    }

    /** The approved organisations, and the agreement's own if it is no longer approved, so that an edit keeps it. */
    private List<Organisation> organisationOptions(AgreementForm form) {
        var options = new ArrayList<>(organisations.approved());
        var current = form == null ? null : form.organisationId();
        if (current != null && options.stream().noneMatch(o -> o.id().equals(current))) {
            organisations.find(current).ifPresent(options::add);
        }
        return options;
    }

    /** Kronor as Swedes write them, on the agreement form only. */
    @InitBinder("form")
    void kronor(WebDataBinder binder) {
        binder.addCustomFormatter(new Kronor(), BigDecimal.class);
    }

    static int page(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
