package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.task.TaskReminderDue;

/** Reminds the assignee of a task the evening before and shortly before; the address is on Mina uppdrag. */
@Component
class ReminderMails {

    private final Outbox outbox;
    private final MailText text;

    ReminderMails(Outbox outbox, MailText text) {
        this.outbox = outbox;
        this.text = text;
    }

    @ApplicationModuleListener
    void on(TaskReminderDue event) {
        var locale = text.locale(event.locale());
        var kind = text.kind(event.kind(), locale);
        var date = text.date(event.date(), locale);
        var name = "EVENING_BEFORE".equals(event.when()) ? "reminderEvening" : "reminderShortly";
        outbox.enqueue(OutgoingMessage.email(
                "reminder:" + event.assignmentId() + ":" + event.when(),
                event.email(),
                text.subject(name, locale, kind, date, text.time(event.timeFrom())),
                text.body(
                        name,
                        locale,
                        kind,
                        event.districtName(),
                        date,
                        text.time(event.timeFrom()),
                        text.time(event.timeTo()),
                        text.link("/mina-sidor"))));
    }
}
