package se.samverka.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.samverka.account.AccountManagement;
import se.samverka.effort.Effort;
import se.samverka.effort.EffortStatus;
import se.samverka.effort.Efforts;
import se.samverka.effort.Shift;
import se.samverka.effort.ShiftSignups;
import se.samverka.effort.SignupMode;
import se.samverka.shared.HelpKind;
import se.samverka.volunteer.Volunteers;

/**
 * Efforts with shifts in the coming two weeks, two run by an association and one by Socialförvaltningen, through the
 * effort module's services; one demo volunteer has signed up for the first shift.
 */
@Component
class DemoEfforts {

    private final Efforts efforts;
    private final ShiftSignups signups;
    private final AccountManagement accounts;
    private final Volunteers volunteers;
    private final Clock clock;

    DemoEfforts(Efforts efforts, ShiftSignups signups, AccountManagement accounts, Volunteers volunteers, Clock clock) {
        this.efforts = efforts;
        this.signups = signups;
        this.accounts = accounts;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** The efforts; {@code redCross} is the association that runs two of them. */
    void create(UUID redCross) {
        var today = LocalDate.now(clock);
        var visits = effort(
                redCross,
                null,
                "Besöksvän på Ekebyhovs äldreboende",
                "Sällskap, en promenad eller en kopp kaffe med de boende. Vi går alltid två och två första gången.",
                "Äldre på äldreboende",
                today,
                today.plusMonths(2),
                "Rut Korsberg",
                DemoOrganisations.REPRESENTATIVE,
                List.of("ekero-centrum"));
        var first = shift(
                visits,
                "Eftermiddagsfika",
                today.plusDays(2),
                14,
                16,
                "Ekebyhovs äldreboende",
                "ekero-centrum",
                1,
                3,
                null,
                false,
                HelpKind.PHONE_COMPANIONSHIP);
        shift(
                visits,
                "Eftermiddagsfika",
                today.plusDays(9),
                14,
                16,
                "Ekebyhovs äldreboende",
                "ekero-centrum",
                1,
                3,
                null,
                false,
                HelpKind.PHONE_COMPANIONSHIP);
        shift(
                visits,
                "Kvällspromenad",
                today.plusDays(5),
                18,
                20,
                "Ekebyhovs äldreboende, entrén",
                "ekero-centrum",
                1,
                2,
                null,
                true,
                HelpKind.OTHER_ERRAND);

        var bags = effort(
                null,
                "sof",
                "Matkassar till hushåll i karantän",
                "Socialförvaltningen packar och kör ut matkassar till hushåll som inte kan handla själva.",
                "Hushåll som inte kan handla",
                today,
                today.plusMonths(1),
                "Sam Samordnare",
                "socialforvaltningen@example.se",
                List.of("stenhamra", "farentuna", "ekero-centrum"));
        shift(
                bags,
                "Packa kassar",
                today.plusDays(3),
                9,
                12,
                "Kommunhuset, lastkajen",
                "ekero-centrum",
                2,
                4,
                null,
                false,
                HelpKind.SHOPPING);
        shift(
                bags,
                "Köra ut kassar",
                today.plusDays(4),
                13,
                16,
                "Stenhamra centrum",
                "stenhamra",
                1,
                2,
                null,
                false,
                HelpKind.TRANSPORT);
        shift(
                bags,
                "Köra ut kassar",
                today.plusDays(11),
                13,
                16,
                "Stenhamra centrum",
                "stenhamra",
                1,
                2,
                null,
                false,
                HelpKind.TRANSPORT);

        var cafe = effort(
                redCross,
                null,
                "Språkcafé i Träkvista",
                "Prata svenska i lugn takt med nyanlända. Den som också talar arabiska hjälper till med det svåraste.",
                "Nyanlända vuxna",
                today,
                today.plusMonths(2),
                "Rut Korsberg",
                DemoOrganisations.REPRESENTATIVE,
                List.of("trakvista"));
        shift(
                cafe,
                "Språkcafé",
                today.plusDays(6),
                17,
                19,
                "Träkvista bibliotek",
                "trakvista",
                1,
                3,
                "ar",
                false,
                HelpKind.OTHER_ERRAND);

        var anna = accounts.findByUsername("anna.lindqvist@example.se")
                .flatMap(a -> volunteers.findByAccount(a.accountId()))
                .orElseThrow();
        signups.signUp(first, anna.id());
    }

    private UUID effort(
            UUID organisationId,
            String departmentId,
            String title,
            String description,
            String targetGroup,
            LocalDate start,
            LocalDate end,
            String contactName,
            String contactEmail,
            List<String> districts) {
        var id = efforts.create(
                new Effort(
                        null,
                        organisationId,
                        departmentId,
                        title,
                        description,
                        targetGroup,
                        start,
                        end,
                        contactName,
                        contactEmail,
                        null,
                        EffortStatus.DRAFT,
                        districts),
                "admin");
        efforts.publish(id);
        return id;
    }

    private UUID shift(
            UUID effortId,
            String title,
            LocalDate date,
            int from,
            int to,
            String place,
            String district,
            int min,
            int max,
            String language,
            boolean adultOnly,
            HelpKind kind) {
        return efforts.addShifts(
                        new Shift(
                                null,
                                effortId,
                                title,
                                date,
                                LocalTime.of(from, 0),
                                LocalTime.of(to, 0),
                                place,
                                district,
                                min,
                                max,
                                language,
                                adultOnly,
                                SignupMode.INSTANT,
                                false,
                                0,
                                List.of(kind)),
                        0)
                .get(0);
    }
}
