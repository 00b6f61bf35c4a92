package se.samverka.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the SMS provider posts the SMS people send to Samverka (46elks: form fields {@code id}, {@code from},
 * {@code to}, {@code message}, {@code created}). The provider proves itself with a shared secret in the
 * query parameter {@code secret} or the header {@code X-Samverka-Secret}.
 */
@RestController
class SmsWebhookController {

    private static final Logger log = LoggerFactory.getLogger(SmsWebhookController.class);

    private final SmsInbox inbox;
    private final SmsProperties properties;

    SmsWebhookController(SmsInbox inbox, SmsProperties properties) {
        this.inbox = inbox;
        this.properties = properties;
    }

    @PostMapping("/webhooks/sms")
    ResponseEntity<Void> receive(
            @RequestParam(name = "secret", required = false) String secretParameter,
            @RequestHeader(name = "X-Samverka-Secret", required = false) String secretHeader,
            @RequestParam(required = false) String id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String message) {
        if (!authentic(secretHeader != null ? secretHeader : secretParameter)) {
            log.warn("Refused an incoming SMS with a wrong or missing secret");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        var sms = InboundSms.of(id, from, to, message);
        if (sms.isEmpty()) {
            log.warn("Refused an incoming SMS with missing or malformed fields");
            return ResponseEntity.badRequest().build();
        }
        if (!inbox.receive(sms.get())) {
            log.debug("Incoming SMS {} was received before", sms.get().providerId());
        }
        return ResponseEntity.ok().build();
    }

    /** Compares digests, so the time taken says nothing about the secret, not even its length. */
    private boolean authentic(String given) {
        var expected = properties.webhookSecret();
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(sha256(expected), sha256(given));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
