package se.samverka.referral;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequest;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.IllegalStatusChange;
import se.samverka.organisation.Organisations;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;

/**
 * A coordinator refers a request to associations: records the resident's consent, chooses one organisation or
 * several, and follows every referral's status on the same page.
 */
@Controller
@RequestMapping("/samordning/arenden/{id}/hanvisa")
class ReferralPageController {

    private final Referrals referrals;
    private final HelpRequests helpRequests;
    private final Organisations organisations;
    private final Districts districts;
    private final ReferralProperties properties;
    private final Clock clock;
    private final Consents consents;

    ReferralPageController(
            Referrals referrals,
            HelpRequests helpRequests,
            Organisations organisations,
            Districts districts,
            ReferralProperties properties,
            Clock clock,
            Consents consents) {
        this.consents = consents;
        this.referrals = referrals;
        this.helpRequests = helpRequests;
        this.organisations = organisations;
        this.districts = districts;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String id, Model model) {
        return page(find(id), ReferralForm.empty(properties.deadline().toHours()), model);
    }

    @PostMapping
    String refer(
            @PathVariable String id,
            @ModelAttribute("referralForm") ReferralForm form,
            BindingResult result,
            Model model,
            Authentication coordinator,
            RedirectAttributes redirect) {
        var request = find(id);
        var consentRecorded = referrals.consent(request.id()).isPresent();
        var method = form.checkedConsentMethod(consentRecorded, result);
        var hours = form.checkedHours(result);
        var organisationIds = form.checkedOrganisationIds(result);
        if (result.hasErrors()) {
            return page(request, form, model);
        }
        try {
            var outcome = referrals.offer(
                    request.id(),
                    organisationIds,
                    form.summary(),
                    Duration.ofHours(hours),
                    consentRecorded ? null : method,
                    form.consentNote(),
                    coordinator.getName());
            switch (outcome) {
                case OFFERED ->
                    redirect.addFlashAttribute(
                            "flash",
                            organisationIds.size() == 1 ? "referral.flash.referred" : "referral.flash.offered");
                case NO_CONSENT -> {
                    result.rejectValue("consentGiven", "referral.consent.required");
                    return page(request, form, model);
                }
                case NO_ORGANISATION -> {
                    result.rejectValue("organisationIds", "referral.organisations.invalid");
                    return page(request, form, model);
                }
                case NOT_ASSIGNABLE -> redirect.addFlashAttribute("flash", "referral.flash.notAssignable");
                case ALREADY_REFERRED -> redirect.addFlashAttribute("flash", "referral.flash.alreadyReferred");
            }
        } catch (IllegalStatusChange e) {
            redirect.addFlashAttribute("flash", "referral.flash.notAssignable");
        }
        return "redirect:/samordning/arenden/" + request.id() + "/hanvisa";
    }

    @GetMapping("/aterkalla-samtycke")
    String withdrawConsentPage(@PathVariable String id, Model model) {
        var request = find(id);
        model.addAttribute("request", request);
        return "referral/withdraw-consent";
    }

    /** On the resident's behalf: the consent register records the withdrawal and the referral module acts on it. */
    @PostMapping("/aterkalla-samtycke")
    String withdrawConsent(@PathVariable String id, RedirectAttributes redirect) {
        var request = find(id);
        if (!consents.withdraw(PersonRef.resident(request.id()), ConsentPurpose.SHARE_WITH_ASSOCIATION)) {
            // recorded before the consent register existed: act on it directly
            referrals.consentWithdrawn(request.id());
        }
        redirect.addFlashAttribute("flash", "referral.flash.consentWithdrawn");
        return "redirect:/samordning/arenden/" + request.id() + "/hanvisa";
    }

    private String page(HelpRequest request, ReferralForm form, Model model) {
        var zone = clock.getZone();
        model.addAttribute("request", request);
        model.addAttribute("districtName", districtName(request.districtId()));
        var consent = referrals.consent(request.id()).orElse(null);
        model.addAttribute("consent", consent);
        model.addAttribute(
                "consentAt", consent == null ? null : consent.recordedAt().atZone(zone));
        var names = new HashMap<UUID, String>();
        var lines = new ArrayList<ReferralLine>();
        for (var r : referrals.ofRequest(request.id())) {
            var name = names.computeIfAbsent(
                    r.organisationId(),
                    o -> organisations.find(o).map(org -> org.name()).orElse("?"));
            lines.add(new ReferralLine(
                    r.id(),
                    name,
                    r.status(),
                    r.offeredBy(),
                    r.offeredAt().atZone(zone),
                    r.deadline().atZone(zone),
                    r.answeredAt() == null ? null : r.answeredAt().atZone(zone),
                    r.answeredBy(),
                    r.declineReason()));
        }
        model.addAttribute("referrals", lines);
        var accepted = lines.stream()
                .filter(l -> l.status() == ReferralStatus.ACCEPTED)
                .findFirst()
                .orElse(null);
        model.addAttribute("accepted", accepted);
        model.addAttribute("callResident", accepted != null && ResidentMobile.of(request) == null);
        var open = lines.stream().anyMatch(l -> l.status() == ReferralStatus.OFFERED);
        model.addAttribute("canRefer", request.isAssignable() && accepted == null && !open);
        model.addAttribute(
                "organisations",
                organisations.approved().stream()
                        .map(o -> new OrganisationOption(
                                o.id().toString(), o.name(), o.districtIds().contains(request.districtId())))
                        .sorted(Comparator.comparing((OrganisationOption o) -> !o.inDistrict())
                                .thenComparing(OrganisationOption::name))
                        .toList());
        model.addAttribute("consentMethods", List.of(ConsentMethod.values()));
        model.addAttribute("referralForm", form);
        return "referral/refer";
    }

    private String districtName(String districtId) {
        return districts.find(districtId).map(d -> d.name()).orElse(districtId);
    }

    private HelpRequest find(String id) {
        try {
            return helpRequests.find(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("Help request"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Help request");
        }
    }
}
