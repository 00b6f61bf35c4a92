package se.samverka.notification;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.shared.PhoneNumber;

/**
 * Administrators see what Samverka has sent or would have sent. In the demo nothing leaves the machine, so
 * this page is also where the demo's login links can be clicked.
 */
@Controller
@RequestMapping("/admin/utkorg")
class OutboxAdminController {

    static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxAdminController(Outbox outbox, NotificationProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String status,
            @RequestParam(name = "mottagare", required = false) String recipient,
            @RequestParam(name = "sida", defaultValue = "1") String page,
            Model model) {
        var statusFilter = parseStatus(status);
        var recipientFilter = recipient == null || recipient.isBlank() ? null : recipient.strip();
        model.addAttribute(
                "result", outbox.search(statusFilter, searchable(recipientFilter), parsePage(page), PAGE_SIZE));
        model.addAttribute("status", statusFilter);
        model.addAttribute("recipient", recipientFilter);
        model.addAttribute("filtered", statusFilter != null || recipientFilter != null);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("deliver", properties.deliver());
        model.addAttribute("zone", clock.getZone());
        return "notification/outbox";
    }

    private static OutboxStatus parseStatus(String status) {
        return Arrays.stream(OutboxStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    /** SMS recipients are stored in E.164: a whole phone number such as 070-123 45 67 is searched that way. */
    private static String searchable(String recipient) {
        if (recipient == null || recipient.contains("@")) {
            return recipient;
        }
        return PhoneNumber.ifValid(recipient).map(PhoneNumber::e164).orElse(recipient);
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
