package se.samverka.notification;

import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.callout.AnswerResult;
import se.samverka.callout.CalloutAnswered;
import se.samverka.callout.CalloutAsked;
import se.samverka.callout.CalloutStoodDown;
import se.samverka.callout.SubjectType;
import se.samverka.callout.VolunteerThanked;
import se.samverka.volunteer.ContactChannel;

/**
 * Call-out messages on the channel the volunteer chose: the ask (an e-mail with an answer link, or an SMS
 * that ends Svara JA eller NEJ), the stand-down when they are not needed, the answer to an SMS reply, and
 * the thank-you when it is all over. What, where and when, never who.
 */
@Component
class CalloutMails {

    private final Outbox outbox;
    private final MailText text;
    private final NotificationProperties properties;
    private final SmsProperties sms;

    CalloutMails(Outbox outbox, MailText text, NotificationProperties properties, SmsProperties sms) {
        this.outbox = outbox;
        this.text = text;
        this.properties = properties;
        this.sms = sms;
    }

    /**
     * Whether to use SMS: the volunteer chose it and has a number, and SMS can go out. When a live installation
     * has no SMS provider, the volunteer gets an e-mail instead of a message that would never leave; the demo
     * keeps the SMS so it shows in the Utkorg.
     */
    private boolean bySms(ContactChannel channel, String phone) {
        return channel == ContactChannel.SMS && phone != null && (sms.configured() || !properties.deliver());
    }

    @ApplicationModuleListener
    void on(CalloutAsked event) {
        var locale = text.locale(event.locale());
        var kind = text.kind(event.kind(), locale);
        var date = text.date(event.date(), locale);
        // a need without an end time says only when it starts
        var time = event.timeTo() == null
                ? text.time(event.timeFrom())
                : text.time(event.timeFrom()) + "–" + text.time(event.timeTo());
        var key = "callout-asked:" + event.askId();
        if (event.subjectType() == SubjectType.RESOURCE_GROUP) {
            askGroupMember(event, locale, date, time, key);
            return;
        }
        if (bySms(event.channel(), event.phone())) {
            outbox.enqueue(OutgoingMessage.sms(
                    key,
                    event.phone(),
                    text.text("calloutAsked.label", locale, kind),
                    text.sms("calloutAsked", locale, kind, event.districtName(), date, time)));
        } else {
            outbox.enqueue(OutgoingMessage.email(
                    key,
                    event.email(),
                    text.subject("calloutAsked", locale, kind, event.districtName(), date),
                    text.body(
                            "calloutAsked",
                            locale,
                            kind,
                            event.districtName(),
                            date,
                            time,
                            text.link("/utskick/svar/" + event.token()))));
        }
    }

    /** A resource group's member: what and where are the group call-out's title (the place as text), then when. */
    private void askGroupMember(CalloutAsked event, java.util.Locale locale, String date, String time, String key) {
        if (bySms(event.channel(), event.phone())) {
            outbox.enqueue(OutgoingMessage.sms(
                    key,
                    event.phone(),
                    text.text("groupCalloutAsked.label", locale, event.title()),
                    text.sms("groupCalloutAsked", locale, event.title(), date, time)));
        } else {
            outbox.enqueue(OutgoingMessage.email(
                    key,
                    event.email(),
                    text.subject("groupCalloutAsked", locale, event.title(), date),
                    text.body(
                            "groupCalloutAsked",
                            locale,
                            event.title(),
                            date,
                            time,
                            text.link("/utskick/svar/" + event.token()))));
        }
    }

    @ApplicationModuleListener
    void on(CalloutStoodDown event) {
        var locale = text.locale(event.locale());
        var kind = text.kind(event.kind(), locale);
        var date = text.date(event.date(), locale);
        var name = event.filled() ? "calloutFilled" : "calloutStopped";
        var key = "callout-stood-down:" + event.askId();
        if (bySms(event.channel(), event.phone())) {
            outbox.enqueue(OutgoingMessage.sms(
                    key, event.phone(), text.text(name + ".label", locale), text.sms(name, locale, kind, date)));
        } else {
            outbox.enqueue(OutgoingMessage.email(
                    key, event.email(), text.subject(name, locale, kind, date), text.body(name, locale, kind, date)));
        }
    }

    /** SMS answers get an SMS back; e-mail answers see the result on the page (and a yes gets the task mail). */
    @ApplicationModuleListener
    void on(CalloutAnswered event) {
        var locale = text.locale(event.locale());
        var kind = text.kind(event.kind(), locale);
        var date = text.date(event.date(), locale);
        var key = "callout-answered:" + event.askId() + ":" + event.result();
        if (bySms(event.channel(), event.phone())) {
            var name = smsName(event.result());
            if (name != null) {
                outbox.enqueue(OutgoingMessage.sms(
                        key,
                        event.phone(),
                        text.text(name + ".label", locale),
                        text.sms(name, locale, kind, date, text.link("/mina-sidor"))));
            }
        } else if (event.result() == AnswerResult.NOT_NEEDED && !event.toldBefore()) {
            // one e-mail for a late yes: who already had the stand-down e-mail sees the thanks on the answer page
            outbox.enqueue(OutgoingMessage.email(
                    key,
                    event.email(),
                    text.subject("calloutLate", locale, kind, date),
                    text.body("calloutLate", locale, kind, date)));
        }
    }

    private static String smsName(AnswerResult result) {
        return switch (result) {
            case ACCEPTED -> "calloutAccepted";
            case DECLINED -> "calloutDeclined";
            case NOT_NEEDED -> "calloutLate";
            case ALREADY_ANSWERED -> null;
        };
    }

    @ApplicationModuleListener
    void on(VolunteerThanked event) {
        Locale locale = text.locale(event.locale());
        outbox.enqueue(OutgoingMessage.email(
                "thanked:" + event.subjectId() + ":" + event.volunteerId(),
                event.email(),
                text.subject("thanked", locale, event.title()),
                text.body("thanked", locale, event.title(), text.link("/mina-sidor"))));
    }
}
