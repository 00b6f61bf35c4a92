package se.samverka.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.referral.ReferralAccepted;
import se.samverka.referral.ReferralOffered;
import se.samverka.referral.ReferralWithdrawn;
import se.samverka.shared.MunicipalTime;

/**
 * Messages about referrals: an e-mail to an organisation's members when a request is offered to it (what,
 * where, when and by when, never who) and when the offer is withdrawn; and an SMS to the resident, when they have
 * a mobile number, saying which association will contact them. The resident's SMS is in Swedish, as the request
 * does not say which language they read.
 */
@Component
class ReferralMessages {

    private static final ZoneId ZONE = MunicipalTime.ZONE;

    private final Outbox outbox;
    private final MailText text;

    ReferralMessages(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(ReferralOffered event) {
        var link = text.link("/forening/" + event.organisationId() + "/arenden/" + event.referralId());
        var recipients = event.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            var recipient = recipients.get(i);
            var locale = text.locale(recipient.locale());
            var kind = text.kind(event.kind(), locale);
            var date = text.date(event.date(), locale);
            var deadline = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", locale)
                    .format(event.deadline().atZone(ZONE));
            outbox.enqueue(OutgoingMessage.email(
                    "referral-offered:" + event.referralId() + ":" + i,
                    recipient.email(),
                    text.subject("referralOffered", locale, kind, event.districtName()),
                    text.body(
                            "referralOffered",
                            locale,
                            event.organisationName(),
                            kind,
                            event.districtName(),
                            date,
                            text.time(event.timeFrom()),
                            text.time(event.timeTo()),
                            deadline,
                            link)));
        }
    }

    @ApplicationModuleListener
    void on(ReferralWithdrawn event) {
        var name = event.takenByOther() ? "referralTaken" : "referralWithdrawn";
        var recipients = event.recipients();
        for (int i = 0; i < recipients.size(); i++) {
            var recipient = recipients.get(i);
            var locale = text.locale(recipient.locale());
            var kind = text.kind(event.kind(), locale);
            var date = text.date(event.date(), locale);
            outbox.enqueue(OutgoingMessage.email(
                    "referral-withdrawn:" + event.referralId() + ":" + i,
                    recipient.email(),
                    text.subject(name, locale, kind, date),
                    text.body(name, locale, event.organisationName(), kind, date)));
        }
    }

    @ApplicationModuleListener
    void on(ReferralAccepted event) {
        if (event.residentMobile() == null) {
            // no mobile: the coordinator sees a note on the request to call the resident
            return;
        }
        // in the resident's language when it is English, else in Swedish
        var locale = text.locale(event.residentLanguage());
        var kind = text.kind(event.kind(), locale).toLowerCase(locale);
        outbox.enqueue(OutgoingMessage.sms(
                "referral-accepted:" + event.referralId(),
                event.residentMobile(),
                text.text("referralResident.label", locale, event.requestNumber()),
                text.sms("referralResident", locale, kind, text.date(event.date(), locale), event.organisationName())));
    }
}
