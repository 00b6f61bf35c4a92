package se.samverka.account;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.NotFoundException;

/**
 * Administrators see every staff account at /admin/konton and end or restore access. Each action is a form on the
 * account's own page that says what it does and asks the administrator to tick that they mean it.
 */
@Controller
@RequestMapping("/admin/konton")
class StaffAccountController {

    private final StaffAccounts staff;
    private final AccountProperties properties;
    private final Clock clock;
    private final CodeAddresses addresses;

    StaffAccountController(StaffAccounts staff, AccountProperties properties, Clock clock, CodeAddresses addresses) {
        this.staff = staff;
        this.addresses = addresses;
        this.properties = properties;
        this.clock = clock;
    }

    /** Unknown filter values are ignored rather than refused: the list is only a view. */
    @GetMapping
    String list(
            @RequestParam(name = "roll", required = false) String role,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "sida", required = false) String page,
            Model model) {
        model.addAttribute(
                "result",
                staff.page(
                        parse(Role.class, role),
                        parse(StaffStatus.class, status),
                        page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 1));
        model.addAttribute(
                "roles", Arrays.stream(Role.values()).filter(Role::isStaff).toList());
        model.addAttribute("statuses", StaffStatus.values());
        model.addAttribute("inactiveDays", properties.inactiveAfter().toDays());
        model.addAttribute("zone", clock.getZone());
        return "account/staff-accounts";
    }

    @GetMapping("/{accountId}")
    String account(@PathVariable UUID accountId, Model model) {
        var account = find(accountId);
        model.addAttribute("account", account);
        model.addAttribute("lastAdministrator", staff.isLastAdministrator(account));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute(
                "codeAddress", addresses.of(account.id(), account.username()).orElse(null));
        model.addAttribute("codeAddressForm", CodeAddressForm.empty());
        return "account/staff-account";
    }

    @PostMapping("/{accountId}/stang-av")
    String disable(
            @PathVariable UUID accountId,
            @RequestParam(name = "bekrafta", required = false) String confirm,
            RedirectAttributes redirect) {
        return act(accountId, confirm, redirect, "disabled", () -> staff.disable(find(accountId)));
    }

    @PostMapping("/{accountId}/aktivera")
    String enable(
            @PathVariable UUID accountId,
            @RequestParam(name = "bekrafta", required = false) String confirm,
            RedirectAttributes redirect) {
        return act(accountId, confirm, redirect, "enabled", () -> staff.enable(find(accountId)));
    }

    @PostMapping("/{accountId}/logga-ut")
    String signOut(
            @PathVariable UUID accountId,
            @RequestParam(name = "bekrafta", required = false) String confirm,
            RedirectAttributes redirect) {
        return act(accountId, confirm, redirect, "signedOut", () -> staff.signOut(find(accountId)));
    }

    @PostMapping("/{accountId}/ta-bort-admin")
    String removeAdministratorRole(
            @PathVariable UUID accountId,
            @RequestParam(name = "bekrafta", required = false) String confirm,
            RedirectAttributes redirect) {
        return act(accountId, confirm, redirect, "adminRemoved", () -> staff.removeAdministratorRole(find(accountId)));
    }

    private String act(
            UUID accountId,
            String confirm,
            RedirectAttributes redirect,
            String done,
            java.util.function.Supplier<StaffAccounts.Outcome> action) {
        var account = find(accountId);
        if (!"ja".equals(confirm)) {
            redirect.addFlashAttribute("flash", "account.staff.flash.notConfirmed");
            return "redirect:/admin/konton/" + account.id();
        }
        StaffAccounts.Outcome outcome;
        try {
            outcome = action.get();
        } catch (DataIntegrityViolationException e) {
            // the database's guard: another administrator was disabled at the same moment
            outcome = StaffAccounts.Outcome.LAST_ADMIN;
        }
        redirect.addFlashAttribute(
                "flash",
                switch (outcome) {
                    case DONE -> "account.staff.flash." + done;
                    case UNCHANGED -> "account.staff.flash.unchanged";
                    case LAST_ADMIN -> "account.staff.flash.lastAdmin";
                });
        return "redirect:/admin/konton/" + account.id();
    }

    private StaffAccount find(UUID accountId) {
        return staff.find(accountId).orElseThrow(() -> new NotFoundException("Staff account"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value))
                .findFirst()
                .orElse(null);
    }
}
