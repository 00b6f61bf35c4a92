package se.samverka.demo;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.shared.EmailAddress;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * Fills an empty embedded database with demo logins, volunteers, requests, associations and efforts. Guarded twice: the demo profile
 * must be on, and the database must be H2, so demo data never reaches a production PostgreSQL.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final DataSource dataSource;
    private final AccountManagement accounts;
    private final HelpRequests helpRequests;
    private final DemoVolunteers volunteers;
    private final DemoOrganisations organisations;
    private final DemoEfforts efforts;
    private final DemoIdeas ideas;
    private final DemoPrivacy privacy;
    private final DemoMeetings meetings;
    private final DemoCollaboration collaboration;
    private final DemoGroups groups;
    private final Clock clock;

    DemoData(
            DemoProperties properties,
            DataSource dataSource,
            AccountManagement accounts,
            HelpRequests helpRequests,
            DemoVolunteers volunteers,
            DemoOrganisations organisations,
            DemoEfforts efforts,
            DemoIdeas ideas,
            DemoPrivacy privacy,
            DemoMeetings meetings,
            DemoCollaboration collaboration,
            DemoGroups groups,
            Clock clock) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.helpRequests = helpRequests;
        this.volunteers = volunteers;
        this.organisations = organisations;
        this.efforts = efforts;
        this.ideas = ideas;
        this.privacy = privacy;
        this.meetings = meetings;
        this.collaboration = collaboration;
        this.groups = groups;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed(ApplicationReadyEvent ready) throws SQLException {
        if (!properties.enabled() || !embedded()) {
            return;
        }
        if (accounts.findByUsername("admin").isEmpty()) {
            accounts.createStaffAccount("admin", "admin", Role.ADMIN, "Alva Admin");
            accounts.createStaffAccount("samordnare", "samordnare", Role.COORDINATOR, "Sam Samordnare");
            volunteers.create();
            requests();
            efforts.create(organisations.create());
            ideas.create();
            meetings.create();
            collaboration.create();
            groups.create();
        }
        privacy.create();
        // the second factor's code goes by e-mail: the demo's staff accounts named admin and samordnare get addresses
        accounts.setCodeAddressIfMissing("admin", EmailAddress.of("alva.admin@example.se"));
        accounts.setCodeAddressIfMissing("samordnare", EmailAddress.of("sam.samordnare@example.se"));
        log.info("""

				==================================================================
				 Samverka demo is running at %s
				 Staff logins (username / password), then the e-mailed code: the demo
				 shows it on the code page (and the message in the Utkorg):
				   admin / admin            administrator (districts, Utkorg)
				   samordnare / samordnare  coordinator (requests, phone intake)
				   coach@example.se / coach Idélabbet's coach (ideas at /idelabbet)
				   dpo@example.se / dpo     data-protection officer (audit log at /dataskydd)
				   representant@example.se / representant  Socialförvaltningen's
				     representative in the collaboration body (/samverkan)
				   kultur@example.se / kultur  Kultur- och fritidsförvaltningen's
				     representative in the collaboration body
				 Volunteers log in with a one-time link: enter e.g.
				   anna.lindqvist@example.se at /login, then open the link that
				   appears in the Utkorg (/admin/utkorg, as admin).
				 Association representative (Ekerö Röda Korset-krets), same way:
				   forening@example.se
				 Associations: /foreningar (one application waits at vetting);
				 efforts and shifts: /insatser; meetings: /samverkan/moten.
				 No e-mail is sent in the demo.
				==================================================================""".formatted(address(ready)));
    }

    /** Where the demo answers: the port it really listens on (it may be started with any --server.port). */
    private static String address(ApplicationReadyEvent ready) {
        var port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        return "http://localhost:" + port;
    }

    private boolean embedded() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:");
        }
    }

    private void requests() {
        var today = LocalDate.now(clock);
        submit(
                "Greta Holm",
                "08-560 300 11",
                "Tappström 12",
                "ekero-centrum",
                HelpKind.SHOPPING,
                "Mjölk, filmjölk, rågbröd, 6 ägg, kaffe (mellanrost), bananer",
                today.plusDays(1),
                10,
                12,
                Recurrence.WEEKLY,
                Channel.PHONE,
                true);
        submit(
                "Karl Berg",
                "070-311 22 33",
                "Stenhamravägen 40",
                "stenhamra",
                HelpKind.PHARMACY,
                "Hämta ut recept på Apoteket i Ekerö centrum",
                today.plusDays(1),
                13,
                15,
                Recurrence.ONE_OFF,
                Channel.PHONE,
                null);
        submit(
                "Elsa Nyström",
                "08-560 455 66",
                "Adelsö kyrkväg 2",
                "adelso",
                HelpKind.SHOPPING,
                "Matkasse för en vecka, listan lämnas vid dörren",
                today.plusDays(2),
                9,
                11,
                Recurrence.ONE_OFF,
                Channel.WEB,
                false);
        submit(
                "Ivar Lund",
                "070-455 66 77",
                "Färentunavägen 5",
                "farentuna",
                HelpKind.PHONE_COMPANIONSHIP,
                "Vill gärna prata en stund, gärna om fotboll",
                today.plusDays(3),
                18,
                19,
                Recurrence.WEEKLY,
                Channel.WEB,
                null);
    }

    private void submit(
            String name,
            String phone,
            String address,
            String district,
            HelpKind kind,
            String description,
            LocalDate date,
            int from,
            int to,
            Recurrence recurrence,
            Channel channel,
            Boolean riskGroup) {
        helpRequests.submit(
                new NewHelpRequest(
                        name,
                        PhoneNumber.of(phone),
                        address,
                        district,
                        kind,
                        description,
                        date,
                        LocalTime.of(from, 0),
                        LocalTime.of(to, 0),
                        recurrence,
                        PaymentMethod.INVOICE,
                        "Blåklocka",
                        riskGroup,
                        null,
                        channel,
                        null,
                        null,
                        null),
                channel == Channel.PHONE ? "samordnare" : "web",
                riskGroup != null);
    }
}
