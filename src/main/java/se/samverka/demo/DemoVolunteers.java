package se.samverka.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;
import se.samverka.volunteer.AskFrequency;
import se.samverka.volunteer.Availability;
import se.samverka.volunteer.ConfirmedRegistration;
import se.samverka.volunteer.VolunteerIntake;

/** A dozen confirmed demo volunteers spread over Ekerö's districts. */
@Component
class DemoVolunteers {

    private record Demo(
            String name,
            String email,
            String phone,
            List<String> districts,
            List<String> kinds,
            List<String> languages,
            boolean car,
            String frequency) {}

    private static final List<Demo> VOLUNTEERS = List.of(
            new Demo(
                    "Anna Lindqvist",
                    "anna.lindqvist@example.se",
                    "+46701110001",
                    List.of("ekero-centrum", "trakvista"),
                    List.of("SHOPPING", "PHARMACY"),
                    List.of("sv", "en"),
                    true,
                    "ONCE_A_WEEK"),
            new Demo(
                    "Bertil Ek",
                    "bertil.ek@example.se",
                    "+46701110002",
                    List.of("stenhamra"),
                    List.of("SHOPPING", "TRANSPORT"),
                    List.of("sv"),
                    true,
                    "TWICE_A_MONTH"),
            new Demo(
                    "Cecilia Ahmadi",
                    "cecilia.ahmadi@example.se",
                    "+46701110003",
                    List.of("ekero-centrum"),
                    List.of("SHOPPING", "PHONE_COMPANIONSHIP"),
                    List.of("sv", "fa", "en"),
                    false,
                    "ONCE_A_WEEK"),
            new Demo(
                    "David Sjöberg",
                    "david.sjoberg@example.se",
                    "+46701110004",
                    List.of("munso", "adelso"),
                    List.of("SHOPPING", "OTHER_ERRAND"),
                    List.of("sv"),
                    true,
                    "ONCE_A_WEEK"),
            new Demo(
                    "Eva Karlsson",
                    "eva.karlsson@example.se",
                    "+46701110005",
                    List.of("farentuna", "sanga"),
                    List.of("PHONE_COMPANIONSHIP"),
                    List.of("sv", "fi"),
                    false,
                    "TWICE_A_MONTH"),
            new Demo(
                    "Farah Hussein",
                    "farah.hussein@example.se",
                    "+46701110006",
                    List.of("trakvista", "lovo-drottningholm"),
                    List.of("SHOPPING", "PHARMACY"),
                    List.of("sv", "ar"),
                    false,
                    "ONCE_A_WEEK"),
            new Demo(
                    "Gustav Ström",
                    "gustav.strom@example.se",
                    "+46701110007",
                    List.of("ska", "stenhamra"),
                    List.of("TRANSPORT", "OTHER_ERRAND"),
                    List.of("sv", "en"),
                    true,
                    "ONCE_A_MONTH"),
            new Demo(
                    "Hanna Berg",
                    "hanna.berg@example.se",
                    "+46701110008",
                    List.of("adelso"),
                    List.of("SHOPPING", "PHONE_COMPANIONSHIP"),
                    List.of("sv"),
                    false,
                    "ONCE_A_WEEK"),
            new Demo(
                    "Ismail Yusuf",
                    "ismail.yusuf@example.se",
                    "+46701110009",
                    List.of("ekero-centrum", "ska"),
                    List.of("SHOPPING", "TRANSPORT"),
                    List.of("sv", "so", "en"),
                    true,
                    "TWICE_A_MONTH"),
            new Demo(
                    "Johanna Lind",
                    "johanna.lind@example.se",
                    "+46701110010",
                    List.of("stenhamra", "farentuna"),
                    List.of("SHOPPING", "PHARMACY"),
                    List.of("sv"),
                    false,
                    "ONCE_A_WEEK"));

    private final VolunteerIntake intake;
    private final Safeguarding safeguarding;
    private final Clock clock;

    DemoVolunteers(VolunteerIntake intake, Safeguarding safeguarding, Clock clock) {
        this.intake = intake;
        this.safeguarding = safeguarding;
        this.clock = clock;
    }

    /** Through the volunteer module, as volunteers who confirmed their address and consent: askable at once. */
    @Transactional
    void create() {
        for (var demo : VOLUNTEERS) {
            var id = intake.registerConfirmed(
                            new ConfirmedRegistration(
                                    demo.name(),
                                    EmailAddress.of(demo.email()),
                                    PhoneNumber.of(demo.phone()),
                                    Set.copyOf(demo.districts()),
                                    demo.kinds().stream().map(HelpKind::valueOf).collect(Collectors.toSet()),
                                    Set.copyOf(demo.languages()),
                                    demo.car(),
                                    new Availability(true, true, true, false),
                                    AskFrequency.valueOf(demo.frequency())),
                            Locale.forLanguageTag("sv"))
                    .orElseThrow();
            checks(id, demo);
        }
    }

    /**
     * Everyone but the last demo volunteer has shown an identity document and accepted the pledge (level 1), so
     * the suggestions page shows one volunteer held back by safeguarding; the first has also shown a
     * criminal-records extract that runs out within the notice period (level 2).
     */
    private void checks(UUID id, Demo demo) {
        if (demo == VOLUNTEERS.get(VOLUNTEERS.size() - 1)) {
            return;
        }
        var today = LocalDate.now(clock);
        safeguarding.record(id, CheckKind.ID_CHECKED, "samordnare", today.minusDays(30), null);
        safeguarding.acceptCurrentPledge(id);
        if (demo == VOLUNTEERS.get(0)) {
            safeguarding.record(
                    id,
                    CheckKind.CRIMINAL_RECORD_SIGHTED,
                    "samordnare",
                    today.minusMonths(12).plusDays(20),
                    null);
        }
    }
}
