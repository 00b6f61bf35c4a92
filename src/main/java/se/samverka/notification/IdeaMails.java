package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.idea.IdeaSubmitted;
import se.samverka.idea.NextStepDue;

/** E-mails of Idélabbet: the receipt for a submitted idea and the coach's reminder of a due next step. */
@Component
class IdeaMails {

    private final Outbox outbox;
    private final MailText text;

    IdeaMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(IdeaSubmitted event) {
        var locale = text.locale(event.language());
        outbox.enqueue(OutgoingMessage.email(
                "idea-received:" + event.ideaId(),
                event.submitterEmail(),
                text.subject("ideaReceived", locale, event.title()),
                text.body("ideaReceived", locale, event.submitterName(), event.title())));
    }

    @ApplicationModuleListener
    void on(NextStepDue event) {
        var locale = text.locale("sv");
        outbox.enqueue(OutgoingMessage.email(
                "idea-step:" + event.stepId(),
                event.coachEmail(),
                text.subject("ideaStepDue", locale, event.ideaTitle()),
                text.body(
                        "ideaStepDue",
                        locale,
                        event.coachName(),
                        event.ideaTitle(),
                        event.step(),
                        event.owner(),
                        text.date(event.dueOn(), locale),
                        text.link("/idelabbet/ideer/" + event.ideaId()))));
    }
}
