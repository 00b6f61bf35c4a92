package se.samverka.collaboration;

import jakarta.validation.Valid;
import java.math.BigDecimal;
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
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/** The register of agreements: the list with filters, each agreement's page, and registering and changing one. */
@Controller
@RequestMapping("/samverkan/avtal")
class AgreementController {

    private final Agreements agreements;
    private final AgreementSearch search;
    private final AgreementAccess access;
    private final Departments departments;
    private final Organisations organisations;
    private final AgreementFormChecks checks;

    AgreementController(
            Agreements agreements,
            AgreementSearch search,
            AgreementAccess access,
            Departments departments,
            Organisations organisations,
            AgreementFormChecks checks) {
        this.checks = checks;
        this.agreements = agreements;
        this.search = search;
        this.access = access;
        this.departments = departments;
        this.organisations = organisations;
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
        model.addAttribute("result", search.search(filter, page(page)));
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
        check(form, result, user);
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

    @GetMapping("/{agreementId}")
    String detail(@PathVariable UUID agreementId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        model.addAttribute("followUpForm", FollowUpForm.empty());
        model.addAttribute("documentForm", DocumentForm.empty());
        return show(agreementId, user, model);
    }

    @GetMapping("/{agreementId}/andra")
    String editForm(@PathVariable UUID agreementId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var agreement = agreements.find(agreementId).orElseThrow(() -> new NotFoundException("Agreement"));
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
        access.requireEdit(user, agreements.departmentOf(agreementId));
        check(form, result, user);
        if (result.hasErrors()) {
            return form(user, agreementId, model);
        }
        agreements.update(agreementId, form.registration());
        redirect.addFlashAttribute("flash", "collaboration.agreement.saved");
        return "redirect:/samverkan/avtal/" + agreementId;
    }

    @PostMapping("/{agreementId}/uppfoljningar")
    String addFollowUp(
            @PathVariable UUID agreementId,
            @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        access.requireEdit(user, agreements.departmentOf(agreementId));
        form.check(result);
        if (result.hasErrors()) {
            model.addAttribute("documentForm", DocumentForm.empty());
            return show(agreementId, user, model);
        }
        agreements.addFollowUp(agreementId, form.dueOnValue(), form.note());
        redirect.addFlashAttribute("flash", "collaboration.followUp.added");
        return "redirect:/samverkan/avtal/" + agreementId;
    }

    @PostMapping("/{agreementId}/uppfoljningar/{followUpId}/klar")
    String markFollowUp(
            @PathVariable UUID agreementId,
            @PathVariable UUID followUpId,
            @RequestParam(defaultValue = "true") boolean done,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        access.requireEdit(user, agreements.departmentOf(agreementId));
        if (!agreements.markFollowUp(agreementId, followUpId, done)) {
            throw new NotFoundException("Follow-up");
        }
        redirect.addFlashAttribute("flash", done ? "collaboration.followUp.done" : "collaboration.followUp.reopened");
        return "redirect:/samverkan/avtal/" + agreementId;
    }

    @PostMapping("/{agreementId}/dokument")
    String addDocument(
            @PathVariable UUID agreementId,
            @ModelAttribute("documentForm") DocumentForm form,
            BindingResult result,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        access.requireEdit(user, agreements.departmentOf(agreementId));
        form.check(result);
        if (result.hasErrors()) {
            model.addAttribute("followUpForm", FollowUpForm.empty());
            return show(agreementId, user, model);
        }
        agreements.addDocument(agreementId, form.title(), form.urlValue());
        redirect.addFlashAttribute("flash", "collaboration.document.added");
        return "redirect:/samverkan/avtal/" + agreementId;
    }

    @PostMapping("/{agreementId}/dokument/{documentId}/ta-bort")
    String removeDocument(
            @PathVariable UUID agreementId,
            @PathVariable UUID documentId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        access.requireEdit(user, agreements.departmentOf(agreementId));
        if (!agreements.removeDocument(agreementId, documentId)) {
            throw new NotFoundException("Document");
        }
        redirect.addFlashAttribute("flash", "collaboration.document.removed");
        return "redirect:/samverkan/avtal/" + agreementId;
    }

    private String show(UUID agreementId, SamverkaUser user, Model model) {
        var agreement = agreements.find(agreementId).orElseThrow(() -> new NotFoundException("Agreement"));
        model.addAttribute("agreement", agreement);
        model.addAttribute("mayEdit", access.mayEdit(user, agreement.departmentId()));
        model.addAttribute("today", agreements.today());
        return "collaboration/agreement";
    }

    private String form(SamverkaUser user, UUID agreementId, Model model) {
        model.addAttribute("agreementId", agreementId);
        model.addAttribute("departmentOptions", access.departmentsFor(user));
        model.addAttribute("organisationOptions", organisationOptions((AgreementForm) model.getAttribute("form")));
        model.addAttribute(
                "types",
                java.util.Arrays.stream(AgreementType.values()).map(Enum::name).toList());
        model.addAttribute(
                "statuses",
                java.util.Arrays.stream(AgreementStatus.values())
                        .map(Enum::name)
                        .toList());
        return "collaboration/agreement-form";
    }

    /** The approved organisations, and the agreement's own if it is no longer approved, so that an edit keeps it. */
    private java.util.List<se.samverka.organisation.Organisation> organisationOptions(AgreementForm form) {
        var options = new java.util.ArrayList<>(organisations.approved());
        var current = form == null ? null : form.organisationId();
        if (current != null && options.stream().noneMatch(o -> o.id().equals(current))) {
            organisations.find(current).ifPresent(options::add);
        }
        return options;
    }

    /** The rules that need the database: a department the user may register for, an organisation in the register. */
    private void check(AgreementForm form, BindingResult result, SamverkaUser user) {
        checks.afterBindingFailure(form, result);
        if (!form.departmentId().isEmpty()
                && access.departmentsFor(user).stream().noneMatch(d -> d.id().equals(form.departmentId()))) {
            AgreementFormChecks.reject(
                    result,
                    "departmentId",
                    form.departmentId(),
                    departments.find(form.departmentId()).isPresent()
                            ? "collaboration.agreement.field.departmentId.notYours"
                            : "collaboration.agreement.field.departmentId.unknown",
                    null);
        }
        var organisationId = form.organisationId();
        if (organisationId != null && organisations.find(organisationId).isEmpty()) {
            AgreementFormChecks.reject(
                    result,
                    "organisationId",
                    organisationId,
                    "collaboration.agreement.field.organisationId.unknown",
                    null);
        }
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
