package se.samverka.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.idea.HelpWanted;
import se.samverka.idea.IdeaAdministration;
import se.samverka.shared.MunicipalTime;

/** A coach of Idélabbet (coach@example.se / coach) and ideas in several stages, one new in the inbox. */
@Component
class DemoIdeas {

    static final String COACH = "coach@example.se";

    private final IdeaAdministration ideas;
    private final AccountManagement accounts;
    private final Clock clock;

    DemoIdeas(IdeaAdministration ideas, AccountManagement accounts, Clock clock) {
        this.ideas = ideas;
        this.accounts = accounts;
        this.clock = clock;
    }

    void create() {
        var coach = accounts.createStaffAccount(COACH, "coach", Role.COACH, "Cecilia Coach");
        var today = LocalDate.now(clock.withZone(MunicipalTime.ZONE));
        ideas.submit(
                "Läxhjälp i Stenhamra",
                "Läxhjälp för mellanstadiebarn två kvällar i veckan, med pensionärer " + "som läxhjälpare.",
                "Barn i årskurs 4–6 och deras familjer",
                Set.of("stenhamra"),
                Set.of(HelpWanted.PREMISES, HelpWanted.VOLUNTEERS),
                "Ida Idébärare",
                "ida@example.se",
                "");
        var cafe = ideas.submit(
                "Språkcafé på Ekerö bibliotek",
                "Ett språkcafé där nyanlända övar svenska med " + "volontärer.",
                "Nyanlända vuxna",
                Set.of("ekero-centrum"),
                Set.of(HelpWanted.COACHING, HelpWanted.CONTACTS),
                "Omar Haddad",
                "omar@example.se",
                "Ekerö Röda Korset-krets");
        ideas.coach(cafe, coach, "DEVELOPING", null, "Cecilia Coach");
        ideas.session(
                cafe,
                coach,
                today.minusDays(10),
                "Första samtalet: vi ritade upp vilka som behövs.",
                "Fråga biblioteket om en lokal på torsdagar",
                "Omar",
                today.plusDays(4));
        var garden = ideas.submit(
                "Odlingslotter på Munsö",
                "Gemensam odling för alla åldrar.",
                "Boende på Munsö och Adelsö",
                Set.of("munso"),
                Set.of(HelpWanted.FUNDING),
                "Greta Grön",
                "greta@example.se",
                "");
        ideas.coach(garden, coach, "SEEKING_FUNDING", null, "Cecilia Coach");
    }
}
