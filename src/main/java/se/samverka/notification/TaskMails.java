package se.samverka.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.task.TaskAssigned;
import se.samverka.task.TaskCancelled;
import se.samverka.task.TaskHandedBack;

/**
 * E-mails about tasks: the task being theirs, a task cancelled, and a task handed back (to the coordinators).
 * Asks, hand-picked ones too, are the call-out's e-mails. Volunteers learn what, where and when, never who: the resident's name,
 * address and code word are shown only on Mina sidor after logging in.
 */
@Component
class TaskMails {

    private final Outbox outbox;
    private final MailText text;
    private final NotificationProperties properties;

    TaskMails(Outbox outbox, MailText text, NotificationProperties properties) {
        this.outbox = outbox;
        this.text = text;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(TaskAssigned event) {
        var locale = text.locale(event.locale());
        var kind = text.kind(event.kind(), locale);
        var date = text.date(event.date(), locale);
        outbox.enqueue(OutgoingMessage.email(
                "task-assigned:" + event.assignmentId(),
                event.email(),
                text.subject("taskAssigned", locale, kind, date),
                text.body(
                        "taskAssigned",
                        locale,
                        kind,
                        event.districtName(),
                        date,
                        text.time(event.timeFrom()),
                        text.time(event.timeTo()),
                        text.link("/mina-sidor"))));
    }

    /** The volunteer had the task, and the coordinator closed the request: do not go. */
    @ApplicationModuleListener
    void on(TaskCancelled event) {
        var locale = text.locale(event.locale());
        var kind = text.kind(event.kind(), locale);
        var date = text.date(event.date(), locale);
        outbox.enqueue(OutgoingMessage.email(
                "task-cancelled:" + event.assignmentId(),
                event.email(),
                text.subject("taskCancelled", locale, kind, date),
                text.body("taskCancelled", locale, kind, date, text.time(event.timeFrom()))));
    }

    /** To the coordinators, in Swedish: the request is back in the queue. */
    @ApplicationModuleListener
    void on(TaskHandedBack event) {
        var locale = MailText.SWEDISH;
        var number = String.valueOf(event.requestNumber());
        var reason = event.reason() == null || event.reason().isBlank()
                ? text.text("handedBack.noReason", locale)
                : event.reason().strip();
        var volunteer = event.volunteerName() == null || event.volunteerName().isBlank()
                ? text.text("handedBack.someone", locale)
                : event.volunteerName().strip();
        outbox.enqueue(OutgoingMessage.email(
                "handed-back:" + event.assignmentId(),
                properties.coordinatorAddress(),
                text.subject("handedBack", locale, number),
                text.body(
                        "handedBack",
                        locale,
                        number,
                        volunteer,
                        reason,
                        text.link("/samordning/arenden/" + event.requestId()))));
    }
}
