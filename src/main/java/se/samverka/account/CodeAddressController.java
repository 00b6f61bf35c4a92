package se.samverka.account;

import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.NotFoundException;

/**
 * An administrator sets where a staff member's sign-in codes go, on the account's page at /admin/konton: for an
 * account whose username is no e-mail address, and the recovery when someone lost access to their address.
 */
@Controller
class CodeAddressController {

    private final StaffAccounts staff;
    private final CodeAddresses addresses;
    private final Clock clock;

    CodeAddressController(StaffAccounts staff, CodeAddresses addresses, Clock clock) {
        this.staff = staff;
        this.addresses = addresses;
        this.clock = clock;
    }

    @PostMapping("/admin/konton/{accountId}/kodadress")
    String change(
            @PathVariable UUID accountId,
            @ModelAttribute("codeAddressForm") CodeAddressForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var account = staff.find(accountId).orElseThrow(() -> new NotFoundException("Staff account"));
        form.check(result);
        if (result.hasErrors()) {
            model.addAttribute("account", account);
            model.addAttribute("lastAdministrator", staff.isLastAdministrator(account));
            model.addAttribute("zone", clock.getZone());
            model.addAttribute(
                    "codeAddress",
                    addresses.of(account.id(), account.username()).orElse(null));
            model.addAttribute("codeAddressFailed", true);
            return "account/staff-account";
        }
        redirect.addFlashAttribute(
                "flash",
                addresses.change(account, EmailAddress.of(form.email()))
                        ? "account.staff.flash.codeAddressChanged"
                        : "account.staff.flash.unchanged");
        return "redirect:/admin/konton/" + account.id();
    }
}
