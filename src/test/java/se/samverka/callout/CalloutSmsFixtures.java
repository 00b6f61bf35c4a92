package se.samverka.callout;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;

/** Volunteers for the SMS call-out tests, written straight to the tables with an id that fixes their order. */
final class CalloutSmsFixtures {

    private CalloutSmsFixtures() {}

    /** A volunteer asked the way they chose. */
    record Asked(UUID id, String name, String phone, String email) {}

    /**
     * A confirmed volunteer who shops in the district at any time, at most once a week. Never-asked volunteers
     * are asked in the order of their ids, so {@code order} decides who comes first.
     */
    static Asked volunteer(JdbcClient jdbc, int order, String name, String district, String channel, String locale) {
        return volunteer(jdbc, order, name, district, channel, locale, uniqueNumber());
    }

    /** The same, with a phone number someone else may share. */
    static Asked volunteer(
            JdbcClient jdbc, int order, String name, String district, String channel, String locale, String phone) {
        var created = TestVolunteer.named(name)
                .in(district)
                .id(new UUID(order, ThreadLocalRandom.current().nextLong()))
                .email("sms." + UUID.randomUUID().toString().substring(0, 12) + "@example.se")
                .phone(phone)
                .channel(channel)
                .locale(locale)
                .insert(jdbc);
        return new Asked(created.id(), name, phone, created.email());
    }

    /** A valid Swedish mobile number no other test uses. */
    static String uniqueNumber() {
        return "+4670" + ThreadLocalRandom.current().nextInt(2_000_000, 10_000_000);
    }
}
