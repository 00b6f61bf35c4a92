/**
 * Tells people what happened: turns other modules' events into e-mails, keeps every outgoing e-mail and SMS in
 * a transactional outbox and sends it with retries. Takes in SMS replies at /webhooks/sms and publishes
 * {@link se.samverka.shared.SmsReplyReceived} with the answer read by
 * {@link se.samverka.notification.SmsAnswerParser}. {@link se.samverka.notification.Outbox} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "account",
            "volunteer",
            "task",
            "callout",
            "helprequest",
            "organisation",
            "referral",
            "effort",
            "idea",
            "safeguarding",
            "meeting",
            "retention",
            "privacy",
            "audit",
            "collaboration",
            "municipality",
            "crisis",
            "desk",
            "onboarding",
            "resourcegroup"
        })
package se.samverka.notification;
