package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.desk.MessageKind;
import se.samverka.desk.VolunteerMessaged;
import se.samverka.onboarding.OnboardingReminderDue;
import se.samverka.onboarding.OnboardingStep;

/**
 * What the coordinator's desk sends volunteers, by the channel each chose, in their language: an invitation to an
 * onboarding meeting, a coordinator's own message (as typed, under a greeting and the municipality's signature), and
 * the one reminder to finish a step of onboarding with a link to it. An SMS that would not fit goes as an e-mail.
 */
@Component
class DeskMails {

    private final Outbox outbox;
    private final MailText text;
    private final NotificationProperties properties;
    private final SmsProperties sms;

    DeskMails(Outbox outbox, MailText text, NotificationProperties properties, SmsProperties sms) {
        this.outbox = outbox;
        this.text = text;
        this.properties = properties;
        this.sms = sms;
    }

    @ApplicationModuleListener
    void on(VolunteerMessaged event) {
        var locale = text.locale(event.locale());
        var key = "desk-message:" + event.messageId() + ":" + event.volunteerId();
        if (event.kind() == MessageKind.INVITATION) {
            var date = text.date(event.meetingOn(), locale);
            var time = text.time(event.meetingAt());
            var note = event.body() == null ? "" : "\n\n" + event.body();
            var smsText = text.signedSms(
                    text.text("onboardingInvitation.sms", locale, date, time, event.place())
                            + (event.body() == null ? "" : " " + event.body()),
                    locale);
            send(
                    event.channel(),
                    event.phone(),
                    event.email(),
                    key,
                    text.subject("onboardingInvitation", locale, date),
                    text.body("onboardingInvitation", locale, event.name(), date, time, event.place(), note),
                    text.text("onboardingInvitation.label", locale),
                    smsText);
            return;
        }
        send(
                event.channel(),
                event.phone(),
                event.email(),
                key,
                event.subject(),
                text.body("coordinatorMessage", locale, event.name(), event.body()),
                event.subject(),
                text.signedSms(text.text("coordinatorMessage.sms", locale, event.body()), locale));
    }

    @ApplicationModuleListener
    void on(OnboardingReminderDue event) {
        var locale = text.locale(event.locale());
        var name = "onboardingReminder." + event.step().name();
        var link = event.step() == OnboardingStep.CONFIRM_EMAIL
                ? text.link("/bli-volontar/bekrafta", "token", event.confirmationToken())
                : text.link(event.step() == OnboardingStep.PLEDGE ? "/mina-sidor/tystnadslofte" : "/mina-sidor");
        send(
                event.channel(),
                event.phone(),
                event.email(),
                "onboarding-reminder:" + event.volunteerId() + ":" + event.step(),
                text.subject(name, locale),
                text.body(name, locale, event.name(), link),
                text.text("onboardingReminder.label", locale),
                text.sms(name, locale, link));
    }

    private void send(
            String channel,
            String phone,
            String email,
            String key,
            String subject,
            String body,
            String smsLabel,
            String smsText) {
        if ("SMS".equals(channel)
                && phone != null
                && (sms.configured() || !properties.deliver())
                && SmsLength.segments(smsText) <= SmsLength.MAX_SEGMENTS) {
            outbox.enqueue(OutgoingMessage.sms(key, phone, smsLabel, smsText));
        } else {
            outbox.enqueue(OutgoingMessage.email(key, email, subject, body));
        }
    }
}
