package se.samverka.webhook;

import jakarta.validation.Valid;
import java.util.UUID;
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
import se.samverka.organisation.Membership;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;

/**
 * The association's webhooks in its workspace: register an endpoint (its secret shown once), read an endpoint's
 * delivery log, send a test event, disable. Only the organisation's administrators; anyone else gets 404.
 */
@Controller
@RequestMapping("/forening/{orgId}/webhooks")
class WebhookController {

    static final int PAGE = 25;

    private final Organisations organisations;
    private final Webhooks webhooks;
    private final WebhookRepository repository;
    private final WebhookProperties properties;

    WebhookController(
            Organisations organisations,
            Webhooks webhooks,
            WebhookRepository repository,
            WebhookProperties properties) {
        this.organisations = organisations;
        this.webhooks = webhooks;
        this.repository = repository;
        this.properties = properties;
    }

    @GetMapping
    String list(@PathVariable UUID orgId, @AuthenticationPrincipal SamverkaUser user, Model model) {
        var membership = admin(user, orgId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EndpointForm.empty());
        }
        return page(model, membership);
    }

    @PostMapping
    String register(
            @PathVariable UUID orgId,
            @AuthenticationPrincipal SamverkaUser user,
            @Valid @ModelAttribute("form") EndpointForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var membership = admin(user, orgId);
        form.check(errors, properties.allowHttpLocalhost());
        if (errors.hasErrors()) {
            return page(model, membership);
        }
        var registered = webhooks.register(orgId, form.uri(), form.chosen(), user.accountId(), user.username());
        redirect.addFlashAttribute("newSecret", registered.secret());
        redirect.addFlashAttribute("flash", "webhook.flash.registered");
        return "redirect:/forening/" + orgId + "/webhooks";
    }

    @GetMapping("/{endpointId}")
    String deliveries(
            @PathVariable UUID orgId,
            @PathVariable UUID endpointId,
            @RequestParam(name = "sida", defaultValue = "1") int page,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        var membership = admin(user, orgId);
        var endpoint = own(orgId, endpointId);
        var total = repository.countDeliveries(endpointId);
        var pages = Math.max(1, (total + PAGE - 1) / PAGE);
        var current = Math.min(Math.max(1, page), pages);
        model.addAttribute("membership", membership);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("deliveries", repository.deliveries(endpointId, (current - 1) * PAGE, PAGE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "webhook/deliveries";
    }

    /** The confirmation step of "send a test event": works without JavaScript. */
    @GetMapping("/{endpointId}/testa")
    String confirmTest(
            @PathVariable UUID orgId,
            @PathVariable UUID endpointId,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        return confirm(orgId, endpointId, "testa", user, model);
    }

    /** The confirmation step of "disable". */
    @GetMapping("/{endpointId}/stang-av")
    String confirmDisable(
            @PathVariable UUID orgId,
            @PathVariable UUID endpointId,
            @AuthenticationPrincipal SamverkaUser user,
            Model model) {
        return confirm(orgId, endpointId, "stang-av", user, model);
    }

    private String confirm(UUID orgId, UUID endpointId, String action, SamverkaUser user, Model model) {
        var membership = admin(user, orgId);
        var endpoint = own(orgId, endpointId);
        if (!endpoint.active()) {
            throw new NotFoundException("Endpoint");
        }
        model.addAttribute("membership", membership);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("action", action);
        return "webhook/confirm";
    }

    @PostMapping("/{endpointId}/testa")
    String test(
            @PathVariable UUID orgId,
            @PathVariable UUID endpointId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        admin(user, orgId);
        if (!webhooks.sendTest(orgId, endpointId)) {
            throw new NotFoundException("Endpoint");
        }
        redirect.addFlashAttribute("flash", "webhook.flash.testQueued");
        return "redirect:/forening/" + orgId + "/webhooks/" + endpointId;
    }

    @PostMapping("/{endpointId}/stang-av")
    String disable(
            @PathVariable UUID orgId,
            @PathVariable UUID endpointId,
            @AuthenticationPrincipal SamverkaUser user,
            RedirectAttributes redirect) {
        admin(user, orgId);
        if (!webhooks.disable(orgId, endpointId, user.accountId())) {
            throw new NotFoundException("Endpoint");
        }
        redirect.addFlashAttribute("flash", "webhook.flash.disabled");
        return "redirect:/forening/" + orgId + "/webhooks";
    }

    private String page(Model model, Membership membership) {
        model.addAttribute("membership", membership);
        model.addAttribute("endpoints", webhooks.endpoints(membership.organisationId()));
        model.addAttribute("choices", EndpointForm.CHOICES);
        return "webhook/endpoints";
    }

    private Endpoint own(UUID orgId, UUID endpointId) {
        return repository
                .endpoint(endpointId)
                .filter(e -> e.organisationId().equals(orgId))
                .orElseThrow(() -> new NotFoundException("Endpoint"));
    }

    private Membership admin(SamverkaUser user, UUID orgId) {
        if (user == null) {
            throw new NotFoundException("Organisation");
        }
        return organisations
                .membership(user.accountId(), orgId)
                .filter(Membership::isAdmin)
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }
}
