package se.samverka.resourcegroup;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * "Kalla ut gruppen": what, where (a place as text, in a district), when, how many people are needed, and whom to ask
 * ({@code who}: ALL members, or NOT_ENGAGED, those not on the way or at work in another open call-out).
 */
record GroupCalloutForm(
        @NotBlank(message = "{resourcegroup.callout.what.required}")
        @Size(max = 120, message = "{resourcegroup.callout.what.tooLong}")
        String what,

        @NotBlank(message = "{resourcegroup.callout.place.required}")
        @Size(max = 120, message = "{resourcegroup.callout.place.tooLong}")
        String place,

        @NotBlank(message = "{resourcegroup.callout.district.required}")
        String district,

        @NotNull(message = "{resourcegroup.callout.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull(message = "{resourcegroup.callout.from.required}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime from,

        @DateTimeFormat(pattern = "HH:mm") LocalTime to,

        @NotNull(message = "{resourcegroup.callout.people.required}")
        @Min(value = 1, message = "{resourcegroup.callout.people.range}")
        @Max(value = 500, message = "{resourcegroup.callout.people.range}")
        Integer people,

        String who) {

    static GroupCalloutForm startingAt(LocalDate date, LocalTime time) {
        return new GroupCalloutForm(null, null, null, date, time.withSecond(0).withNano(0), null, 1, "ALL");
    }

    boolean notEngagedOnly() {
        return "NOT_ENGAGED".equals(who);
    }

    boolean endsBeforeStart() {
        return from != null && to != null && !to.isAfter(from);
    }
}
