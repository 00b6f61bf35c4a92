package se.samverka.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code samverka.notification.sms.*}, for a 46elks-style SMS provider.
 *
 * @param url the provider's base address, for example {@code https://api.46elks.com}; without it no SMS is
 *        sent and SMS messages stay held in the outbox (the demo)
 * @param username the API username (HTTP Basic)
 * @param password the API password (HTTP Basic)
 * @param sender the sender shown on the phone: a name of 1 to 11 letters and digits, or an E.164 number
 * @param connectTimeout how long to wait for a connection to the provider
 * @param readTimeout how long to wait for the provider's answer
 * @param webhookSecret the shared secret the provider sends with incoming SMS; without it the webhook
 *        accepts nothing
 */
@ConfigurationProperties("samverka.notification.sms")
record SmsProperties(
        String url,
        String username,
        String password,
        @DefaultValue("Samverka") String sender,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration readTimeout,
        String webhookSecret) {

    SmsProperties {
        url = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        webhookSecret = webhookSecret == null || webhookSecret.isBlank() ? null : webhookSecret;
        if (!sender.matches("[A-Za-z0-9]{1,11}|\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException(
                    "samverka.notification.sms.sender must be 1 to 11 letters and digits or an E.164 number");
        }
    }

    boolean configured() {
        return url != null;
    }
}
