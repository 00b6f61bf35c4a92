package se.samverka.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.shared.NotFoundException;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PhoneNumber;

/**
 * Administrators see what Samverka has sent or would have sent: the list shows who, when and what about; a message's
 * text is on a page of its own, and every view of it is written to the audit log. Outside the demo the links in it
 * are shown with their tokens masked, so that the Utkorg is no master key to every volunteer's login and
 * confirmation links ({@code samverka.notification.outbox.show-secrets}, on only in the demo, where nothing leaves
 * the machine and this page is where the demo's login links are clicked).
 */
@Controller
@RequestMapping("/admin/utkorg")
class OutboxAdminController {

    static final int PAGE_SIZE = 50;

    private final Outbox outbox;
    private final NotificationProperties properties;
    private final Clock clock;
    private final OutboxRepository repository;
    private final AuditLog audit;
    private final boolean showSecrets;

    OutboxAdminController(
            Outbox outbox,
            NotificationProperties properties,
            Clock clock,
            OutboxRepository repository,
            AuditLog audit,
            @Value("${samverka.notification.outbox.show-secrets:false}") boolean showSecrets) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.repository = repository;
        this.audit = audit;
        this.showSecrets = showSecrets;
    }

    @GetMapping("/{messageId}")
    String message(@PathVariable UUID messageId, Model model) {
        var message = repository.find(messageId).orElseThrow(() -> new NotFoundException("Message"));
        audit.record(
                AuditAction.VIEW,
                PersonRef.messageRecipient(messageId),
                "outbox.reading",
                (showSecrets ? "text and links" : "text, links masked") + " of one " + message.channel());
        model.addAttribute("m", message);
        model.addAttribute("body", showSecrets ? message.body() : message.maskedBody());
        model.addAttribute("links", showSecrets ? message.links() : java.util.List.of());
        model.addAttribute("masked", !showSecrets);
        model.addAttribute("zone", clock.getZone());
        return "notification/outbox-message";
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
