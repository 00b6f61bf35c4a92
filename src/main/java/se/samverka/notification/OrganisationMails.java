package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.organisation.OrganisationApplied;
import se.samverka.organisation.OrganisationCheckDue;
import se.samverka.organisation.OrganisationStatus;
import se.samverka.organisation.OrganisationVetted;
import se.samverka.organisation.RepresentativeAdded;

/** E-mails to associations: their application, the decision, new representatives and the yearly check. */
@Component
class OrganisationMails {

    private final Outbox outbox;
    private final MailText text;

    OrganisationMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(OrganisationApplied event) {
        var locale = text.locale(event.language());
        outbox.enqueue(OutgoingMessage.email(
                "org-applied:" + event.organisationId(),
                event.applicantEmail(),
                text.subject("orgApplied", locale, event.name()),
                text.body("orgApplied", locale, event.applicantName(), event.name())));
    }

    @ApplicationModuleListener
    void on(OrganisationVetted event) {
        var locale = text.locale(event.language());
        var approved = event.decision() == OrganisationStatus.APPROVED;
        var name = approved ? "orgApproved" : "orgRejected";
        var link = text.link("/forening/" + event.organisationId());
        for (var email : event.adminEmails()) {
            outbox.enqueue(OutgoingMessage.email(
                    "org-vetted:" + event.organisationId() + ":" + who(email),
                    email,
                    text.subject(name, locale, event.name()),
                    approved
                            ? text.body(name, locale, event.name(), link, text.link("/login"))
                            : text.body(name, locale, event.name(), event.reason())));
        }
    }

    @ApplicationModuleListener
    void on(RepresentativeAdded event) {
        var locale = text.locale(event.language());
        outbox.enqueue(OutgoingMessage.email(
                "org-member:" + event.organisationId() + ":" + event.accountId(),
                event.email(),
                text.subject("orgMemberAdded", locale, event.organisationName()),
                text.body("orgMemberAdded", locale, event.name(), event.organisationName(), text.link("/login"))));
    }

    @ApplicationModuleListener
    void on(OrganisationCheckDue event) {
        var locale = text.locale(event.language());
        var link = text.link("/forening/" + event.organisationId());
        for (var email : event.adminEmails()) {
            outbox.enqueue(OutgoingMessage.email(
                    "org-check:" + event.organisationId() + ":"
                            + event.confirmedAt().toEpochMilli() + ":" + who(email),
                    email,
                    text.subject("orgCheck", locale, event.name()),
                    text.body("orgCheck", locale, event.name(), link)));
        }
    }

    /** A short fingerprint of the address: dedupe keys have room for neither long addresses nor personal data. */
    private static String who(String email) {
        return MailText.fingerprint(email).substring(0, 16);
    }
}
