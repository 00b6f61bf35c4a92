package se.samverka.task;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.samverka.TestVolunteer;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/** Volunteers and requests for matching tests, written straight to the tables. */
final class TaskFixtures {

    private TaskFixtures() {}

    /** A confirmed volunteer who shops in the district, every day and evening, at most once a week. */
    static SamverkaUser volunteer(JdbcClient jdbc, String name, String district) {
        return TestVolunteer.named(name).in(district).insert(jdbc).user();
    }

    static NewHelpRequest shopping(String residentName, String district) {
        return new NewHelpRequest(
                residentName,
                PhoneNumber.of("08-560 391 00"),
                "Bryggvägen 3",
                district,
                HelpKind.SHOPPING,
                "Mjölk, bröd och kaffe",
                LocalDate.now().plusDays(2),
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                Recurrence.ONE_OFF,
                PaymentMethod.INVOICE,
                "Blåbär",
                null,
                null,
                Channel.PHONE,
                null,
                null,
                null);
    }

    static SamverkaUser coordinator() {
        return new SamverkaUser(UUID.randomUUID(), "samordnare-test", "x", Role.COORDINATOR, "Samordnare", true);
    }

    static Set<String> ids(String... ids) {
        return Set.of(ids);
    }
}
