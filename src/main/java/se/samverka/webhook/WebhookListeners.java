package se.samverka.webhook;

import java.time.Clock;
import java.util.LinkedHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.samverka.effort.Efforts;
import se.samverka.effort.ShiftNoLongerOpen;
import se.samverka.referral.ReferralOffered;

/**
 * Turns the effort and referral modules' events into deliveries, in the listener's own transaction (outbox style):
 * the Event Publication Registry redelivers an event whose listener failed, and the delivery's unique key makes the
 * second run add nothing. The data carries ids, times and places, never a person.
 */
@Component
class WebhookListeners {

    private final Webhooks webhooks;
    private final Efforts efforts;
    private final Clock clock;

    WebhookListeners(Webhooks webhooks, Efforts efforts, Clock clock) {
        this.clock = clock;
        this.webhooks = webhooks;
        this.efforts = efforts;
    }

    @ApplicationModuleListener
    void on(ShiftNoLongerOpen event) {
        deliver(event);
    }

    @ApplicationModuleListener
    void on(ReferralOffered event) {
        deliver(event);
    }

    /** The listener's work, in the caller's thread (tests run it twice to see it is done once). */
    void deliver(ShiftNoLongerOpen event) {
        var shift = efforts.shift(event.shiftId());
        if (shift.isEmpty()) {
            return;
        }
        var effort = efforts.find(shift.get().effortId());
        if (effort.isEmpty() || effort.get().organisationId() == null) {
            return; // a municipal department's effort: no association to tell
        }
        var s = shift.get();
        var type = event.filled() ? WebhookEvent.SHIFT_FILLED : WebhookEvent.SHIFT_CANCELLED;
        // an event published before it carried an occurrence (older registry rows): the shift names it
        var occurrence = event.occurrenceId() == null
                ? s.id().toString()
                : event.occurrenceId().toString();
        var data = new LinkedHashMap<String, Object>();
        data.put("shiftId", s.id().toString());
        data.put("effortId", s.effortId().toString());
        data.put("effortTitle", effort.get().title());
        data.put("date", s.date().toString());
        data.put("timeFrom", s.from().toString());
        data.put("timeTo", s.to().toString());
        data.put("place", s.place());
        data.put("confirmed", s.confirmed());
        data.put("maxVolunteers", s.maxVolunteers());
        webhooks.enqueue(
                effort.get().organisationId(),
                type,
                type.type() + ":" + occurrence,
                event.occurredAt() == null ? clock.instant() : event.occurredAt(),
                data);
    }

    void deliver(ReferralOffered event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("referralId", event.referralId().toString());
        data.put("kind", event.kind() == null ? null : event.kind().code());
        data.put("district", event.districtName());
        data.put("date", event.date() == null ? null : event.date().toString());
        data.put("timeFrom", event.timeFrom() == null ? null : event.timeFrom().toString());
        data.put("timeTo", event.timeTo() == null ? null : event.timeTo().toString());
        data.put("answerBy", event.deadline().toString());
        webhooks.enqueue(
                event.organisationId(),
                WebhookEvent.REFERRAL_OFFERED,
                "referral.offered:" + event.referralId(),
                clock.instant(),
                data);
    }
}
