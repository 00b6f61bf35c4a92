package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static se.samverka.security.SecurityFixtures.as;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.api.ApiKeys;
import se.samverka.calendar.CalendarFeeds;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.effort.Efforts;
import se.samverka.effort.SignupMode;
import se.samverka.helpkind.HelpKindCommands;
import se.samverka.helpkind.HelpKinds;
import se.samverka.helprequest.HelpRequests;
import se.samverka.idea.HelpWanted;
import se.samverka.idea.IdeaAdministration;
import se.samverka.shared.HelpKind;

/**
 * Every route of Samverka against every kind of person, each against their own object and a foreign one. The
 * table below is the policy; a route without a row fails the test.
 */
@IntegrationTest
class AccessControlMatrixTests {

    /** Who may use a route. */
    enum Access {
        /** everyone, logged in or not (token routes: the token is the credential) */
        PUBLIC,
        /** anyone logged in */
        LOGGED_IN,
        /** volunteers only */
        VOLUNTEER,
        /** members of the organisation in the address only; everyone else gets 404 */
        MEMBER,
        /** municipal coordinators and administrators */
        COORDINATOR,
        /** administrators only */
        ADMIN,
        /** machine callbacks and the API's key routes: refused without the shared secret or key */
        SECRET,
        /** the error page: never refused, never a stack trace */
        ERROR_PAGE
    }

    enum Actor {
        ANONYMOUS,
        VOLUNTEER_A,
        VOLUNTEER_B,
        MEMBER_X,
        MEMBER_Y,
        COORDINATOR,
        ADMIN
    }

    /**
     * One route: method, pattern, who may, and whether ids in it are owned (someone else's or an unknown id gives
     * 404, never data).
     */
    record Row(String method, String pattern, Access access, boolean owned) {

        String key() {
            return method + " " + pattern;
        }
    }

    static Row row(String method, String pattern, Access access, boolean owned) {
        return new Row(method, pattern, access, owned);
    }

    static final boolean OWNED = true;

    static final boolean NONE = false;

    // @formatter:off
    static final List<Row> ROUTES = List.of(
            row("GET", "/", Access.PUBLIC, NONE),
            row("GET", "/integritet", Access.PUBLIC, NONE),
            row("GET", "/integritet/behandlingar", Access.PUBLIC, NONE),
            row("GET", "/tillganglighet", Access.PUBLIC, NONE),
            row("GET", "/kommun.css", Access.PUBLIC, NONE),
            row("GET", "/error", Access.ERROR_PAGE, NONE),
            row("GET", "/login", Access.PUBLIC, NONE),
            row("GET", "/login/lank-skickad", Access.PUBLIC, NONE),
            row("GET", "/login/ott", Access.PUBLIC, NONE),
            // the second factor's code step: for the one who gave a staff password; anyone else is sent on
            row("GET", "/login/kod", Access.LOGGED_IN, NONE),
            row("POST", "/login/kod", Access.LOGGED_IN, NONE),
            row("POST", "/login/kod/ny", Access.LOGGED_IN, NONE),
            row("GET", "/start", Access.LOGGED_IN, NONE),
            row("POST", "/inloggning/forlang", Access.LOGGED_IN, NONE),
            // public forms and pages
            row("GET", "/bli-volontar", Access.PUBLIC, NONE),
            row("POST", "/bli-volontar", Access.PUBLIC, NONE),
            row("GET", "/bli-volontar/tack", Access.PUBLIC, NONE),
            row("GET", "/bli-volontar/bekrafta", Access.PUBLIC, NONE),
            row("POST", "/bli-volontar/bekrafta", Access.PUBLIC, NONE),
            row("GET", "/bli-volontar/bekraftad", Access.PUBLIC, NONE),
            row("GET", "/b/{token}", Access.PUBLIC, NONE),
            row("GET", "/bli-volontar/hej-da", Access.PUBLIC, NONE),
            row("GET", "/be-om-hjalp", Access.PUBLIC, NONE),
            row("POST", "/be-om-hjalp", Access.PUBLIC, NONE),
            row("GET", "/be-om-hjalp/tack", Access.PUBLIC, NONE),
            row("GET", "/kris/anmal", Access.PUBLIC, NONE),
            row("POST", "/kris/anmal", Access.PUBLIC, NONE),
            row("GET", "/kris/anmal/tack", Access.PUBLIC, NONE),
            row("GET", "/insatser", Access.PUBLIC, NONE),
            row("GET", "/insatser/{id}", Access.PUBLIC, OWNED),
            row("GET", "/foreningar", Access.PUBLIC, NONE),
            row("GET", "/foreningar/{id}", Access.PUBLIC, OWNED),
            row("GET", "/foreningar/ansok", Access.PUBLIC, NONE),
            row("POST", "/foreningar/ansok", Access.PUBLIC, NONE),
            row("GET", "/foreningar/ansok/tack", Access.PUBLIC, NONE),
            // links with a token
            row("GET", "/erbjudande/{token}", Access.PUBLIC, OWNED),
            row("POST", "/erbjudande/{token}/acceptera", Access.PUBLIC, OWNED),
            row("POST", "/erbjudande/{token}/avboj", Access.PUBLIC, OWNED),
            row("GET", "/utskick/svar/{token}", Access.PUBLIC, OWNED),
            row("POST", "/utskick/svar/{token}/ja", Access.PUBLIC, OWNED),
            row("POST", "/utskick/svar/{token}/nej", Access.PUBLIC, OWNED),
            // a resource group member's roll link (resourcegroup)
            row("GET", "/grupp/narvaro/{turnoutToken}", Access.PUBLIC, OWNED),
            row("POST", "/grupp/narvaro/{turnoutToken}/pa-vag", Access.PUBLIC, OWNED),
            row("POST", "/grupp/narvaro/{turnoutToken}/framme", Access.PUBLIC, OWNED),
            row("POST", "/grupp/narvaro/{turnoutToken}/klar", Access.PUBLIC, OWNED),
            row("POST", "/webhooks/sms", Access.SECRET, NONE),
            // a volunteer's own pages
            row("GET", "/mina-sidor", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/utskick/{askId}/{answer:ja|nej}", Access.VOLUNTEER, OWNED),
            row("POST", "/mina-sidor/uppdrag/{assignmentId}/klart", Access.VOLUNTEER, OWNED),
            row("POST", "/mina-sidor/uppdrag/{assignmentId}/lamna-tillbaka", Access.VOLUNTEER, OWNED),
            row("GET", "/mina-sidor/uppdrag/{assignmentId}/utskrift", Access.VOLUNTEER, OWNED),
            row("GET", "/mina-sidor/insatser", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/insatser/pass/{shiftId}/anmal", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/insatser/anmalan/{signupId}/avanmal", Access.VOLUNTEER, OWNED),
            row("GET", "/mina-sidor/profil", Access.VOLUNTEER, NONE),
            row("GET", "/mina-sidor/e-legitimation", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/profil", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/profil/paus", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/profil/aterupp", Access.VOLUNTEER, NONE),
            row("GET", "/mina-sidor/profil/ta-bort", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/profil/ta-bort", Access.VOLUNTEER, NONE),
            // an association's workspace
            row("GET", "/forening", Access.LOGGED_IN, NONE),
            row("GET", "/forening/{orgId}", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/bekrafta", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/uppgifter", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/uppgifter", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/medlemmar", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/medlemmar", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/medlemmar/{accountId}/roll", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/medlemmar/{accountId}/kontakt", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/medlemmar/{accountId}/ta-bort", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/arenden", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/arenden/{referralId}", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/arenden/{referralId}/ja", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/arenden/{referralId}/klar", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/arenden/{referralId}/nej", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/insatser", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/insatser/volontarer", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/insatser/ny", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/ny", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/insatser/{id}", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/insatser/{id}/andra", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/andra", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/publicera", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/pausa", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/stang", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/insatser/{id}/pass/ny", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/pass/ny", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/insatser/{id}/pass/{shiftId}", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/pass/{shiftId}/meddelande", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/pass/{shiftId}/stall-in", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/insatser/{id}/pass/{shiftId}/andra", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/pass/{shiftId}/andra", Access.MEMBER, OWNED),
            row(
                    "POST",
                    "/forening/{orgId}/insatser/{id}/pass/{shiftId}/anmalan/{signupId}/{decision:godkann|avsla}",
                    Access.MEMBER,
                    OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/pass/{shiftId}/utskick", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/insatser/{id}/pass/{shiftId}/utskick/stoppa", Access.MEMBER, OWNED),
            // the municipality's coordinators
            row("GET", "/samordning", Access.COORDINATOR, NONE),
            row("GET", "/samordning/telefon", Access.COORDINATOR, NONE),
            row("POST", "/samordning/telefon", Access.COORDINATOR, NONE),
            row("GET", "/samordning/matt", Access.COORDINATOR, NONE),
            row("GET", "/samordning/arenden/{id}", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/oppna", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/stall-in", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/kunde-inte-hjalpas", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/bekraftelse", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/fraga-via-sms", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/arenden/{id}/volontarer", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/erbjud", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/tilldela", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/utskick", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/arenden/{id}/hanvisa", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/hanvisa", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/utskick", Access.COORDINATOR, NONE),
            row("GET", "/samordning/utskick/{id}", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/utskick/{id}/stoppa", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/utskick/{id}/stoppa", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/utskick/{id}/bredda", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/utskick/{id}/starta-om", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/foreningar", Access.COORDINATOR, NONE),
            row("GET", "/samordning/foreningar/{id}", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/foreningar/{id}/godkann", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/foreningar/{id}/avsla", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/insatser", Access.COORDINATOR, NONE),
            row("GET", "/samordning/insatser/volontarer", Access.COORDINATOR, NONE),
            row("GET", "/samordning/insatser/ny", Access.COORDINATOR, NONE),
            row("POST", "/samordning/insatser/ny", Access.COORDINATOR, NONE),
            row("GET", "/samordning/insatser/{id}", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/insatser/{id}/andra", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/andra", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/publicera", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/pausa", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/stang", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/insatser/{id}/pass/ny", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/pass/ny", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/insatser/{id}/pass/{shiftId}", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/pass/{shiftId}/meddelande", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/pass/{shiftId}/stall-in", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/insatser/{id}/pass/{shiftId}/andra", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/pass/{shiftId}/andra", Access.COORDINATOR, OWNED),
            // the day's run sheet of a district (runsheet): coordinators only
            row("GET", "/samordning/korlista", Access.COORDINATOR, NONE),
            row(
                    "POST",
                    "/samordning/insatser/{id}/pass/{shiftId}/anmalan/{signupId}/{decision:godkann|avsla}",
                    Access.COORDINATOR,
                    OWNED),
            row("POST", "/samordning/insatser/{id}/pass/{shiftId}/utskick", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/insatser/{id}/pass/{shiftId}/utskick/stoppa", Access.COORDINATOR, OWNED),
            // administration
            row("GET", "/admin/utkorg", Access.ADMIN, NONE),
            row("GET", "/admin/utkorg/{messageId}", Access.ADMIN, OWNED),
            row("GET", "/admin/kris", Access.COORDINATOR, NONE),
            row("POST", "/admin/kris", Access.COORDINATOR, NONE),
            row("GET", "/admin/kris/avsluta", Access.COORDINATOR, NONE),
            row("POST", "/admin/kris/avsluta", Access.COORDINATOR, NONE),
            row("GET", "/admin/import", Access.ADMIN, NONE),
            row("POST", "/admin/import", Access.ADMIN, NONE),
            row("GET", "/admin/import/mall/{importKind}", Access.ADMIN, NONE),
            row("GET", "/admin/import/{importId}", Access.ADMIN, OWNED),
            row("POST", "/admin/import/{importId}/bekrafta", Access.ADMIN, OWNED),
            row("GET", "/admin/import/{importId}/rapport", Access.ADMIN, OWNED),
            row("GET", "/admin/omraden", Access.ADMIN, NONE),
            row("GET", "/admin/omraden/ny", Access.ADMIN, NONE),
            row("POST", "/admin/omraden/ny", Access.ADMIN, NONE),
            row("GET", "/admin/omraden/{id}", Access.ADMIN, OWNED),
            row("POST", "/admin/omraden/{id}", Access.ADMIN, OWNED),
            // kinds of help (module helpkind): the code in the address names the kind
            row("GET", "/admin/hjalpformer", Access.ADMIN, NONE),
            row("GET", "/admin/hjalpformer/ny", Access.ADMIN, NONE),
            row("POST", "/admin/hjalpformer/ny", Access.ADMIN, NONE),
            row("GET", "/admin/hjalpformer/{kindCode}", Access.ADMIN, OWNED),
            row("POST", "/admin/hjalpformer/{kindCode}", Access.ADMIN, OWNED),
            row("POST", "/admin/hjalpformer/{kindCode}/upp", Access.ADMIN, OWNED),
            row("POST", "/admin/hjalpformer/{kindCode}/ned", Access.ADMIN, OWNED),
            row("GET", "/admin/hjalpformer/{kindCode}/pensionera", Access.ADMIN, OWNED),
            row("POST", "/admin/hjalpformer/{kindCode}/pensionera", Access.ADMIN, OWNED),
            row("GET", "/admin/hjalpformer/{kindCode}/aterta", Access.ADMIN, OWNED),
            row("POST", "/admin/hjalpformer/{kindCode}/aterta", Access.ADMIN, OWNED),
            // safeguarding: the pledge is the volunteer's own; checks are recorded by municipal staff
            row("GET", "/mina-sidor/tystnadslofte", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/tystnadslofte", Access.VOLUNTEER, NONE),
            row("GET", "/samordning/volontarer/{id}/kontroller", Access.COORDINATOR, NONE),
            row("POST", "/samordning/volontarer/{id}/kontroller", Access.COORDINATOR, NONE),
            row("GET", "/admin/coacher", Access.ADMIN, NONE),
            row("POST", "/admin/coacher", Access.ADMIN, NONE),
            // Idélabbet: coaches and administrators (no coach among the actors: administrators stand for them)
            row("GET", "/ideer/ny", Access.PUBLIC, NONE),
            row("POST", "/ideer/ny", Access.PUBLIC, NONE),
            row("GET", "/ideer/tack", Access.PUBLIC, NONE),
            row("GET", "/idelabbet", Access.ADMIN, NONE),
            row("GET", "/idelabbet/tavla", Access.ADMIN, NONE),
            row("GET", "/idelabbet/ideer", Access.ADMIN, NONE),
            row("GET", "/idelabbet/ideer/{id}", Access.ADMIN, NONE),
            row("POST", "/idelabbet/ideer/{id}/ta", Access.ADMIN, NONE),
            row("POST", "/idelabbet/ideer/{id}/steg", Access.ADMIN, NONE),
            row("POST", "/idelabbet/ideer/{id}/samtal", Access.ADMIN, NONE),
            row("POST", "/idelabbet/ideer/{id}/parter", Access.ADMIN, NONE),
            row("POST", "/idelabbet/ideer/{id}/finansiering", Access.ADMIN, NONE),
            row("POST", "/idelabbet/ideer/{id}/insats", Access.ADMIN, NONE),
            row("GET", "/admin/forvaltningar", Access.ADMIN, NONE),
            row("GET", "/admin/forvaltningar/ny", Access.ADMIN, NONE),
            row("POST", "/admin/forvaltningar/ny", Access.ADMIN, NONE),
            row("GET", "/admin/forvaltningar/{id}", Access.ADMIN, OWNED),
            row("POST", "/admin/forvaltningar/{id}", Access.ADMIN, OWNED),
            row("POST", "/admin/forvaltningar/{id}/personal", Access.ADMIN, OWNED),
            row("POST", "/admin/forvaltningar/{id}/personal/{accountId}/ta-bort", Access.ADMIN, OWNED),
            row("GET", "/dataskydd", Access.ADMIN, NONE),
            row("POST", "/dataskydd", Access.ADMIN, NONE),
            row("GET", "/admin/konton", Access.ADMIN, NONE),
            row("GET", "/admin/konton/{accountId}", Access.ADMIN, OWNED),
            row("POST", "/admin/konton/{accountId}/stang-av", Access.ADMIN, OWNED),
            row("POST", "/admin/konton/{accountId}/aktivera", Access.ADMIN, OWNED),
            row("POST", "/admin/konton/{accountId}/logga-ut", Access.ADMIN, OWNED),
            row("POST", "/admin/konton/{accountId}/ta-bort-admin", Access.ADMIN, OWNED),
            row("POST", "/admin/konton/{accountId}/kodadress", Access.ADMIN, OWNED),
            row("GET", "/admin/dataskyddsombud", Access.ADMIN, NONE),
            row("GET", "/admin/kommun", Access.ADMIN, NONE),
            row("POST", "/admin/kommun", Access.ADMIN, NONE),
            row("POST", "/admin/kommun/aterstall", Access.ADMIN, NONE),
            row("POST", "/admin/dataskyddsombud", Access.ADMIN, NONE),
            row("GET", "/samverkan/oversikt", Access.ADMIN, NONE),
            row("GET", "/samverkan/oversikt.csv", Access.ADMIN, NONE),
            row("GET", "/samverkan/oversikt/insatser", Access.ADMIN, NONE),
            row("GET", "/samverkan/oversikt/insatser.csv", Access.ADMIN, NONE),
            row("GET", "/samverkan/oversikt/hanvisningar", Access.ADMIN, NONE),
            row("GET", "/samverkan/oversikt/hanvisningar.csv", Access.ADMIN, NONE),
            row("GET", "/samverkan/oversikt/ideer", Access.ADMIN, NONE),
            row("GET", "/samverkan/oversikt/ideer.csv", Access.ADMIN, NONE),
            // meetings: organisers under /samverkan (administrators stand for coaches and department representatives)
            row("GET", "/samverkan/moten", Access.ADMIN, NONE),
            row("GET", "/samverkan/moten/ny", Access.ADMIN, NONE),
            row("POST", "/samverkan/moten/ny", Access.ADMIN, NONE),
            row("GET", "/samverkan/moten/{meetingId}", Access.ADMIN, OWNED),
            row("GET", "/samverkan/moten/{meetingId}/andra", Access.ADMIN, OWNED),
            row("POST", "/samverkan/moten/{meetingId}/andra", Access.ADMIN, OWNED),
            row("GET", "/samverkan/moten/{meetingId}/kalender.ics", Access.ADMIN, OWNED),
            row("GET", "/samverkan/moten/{meetingId}/bjud-in", Access.ADMIN, OWNED),
            row("POST", "/samverkan/moten/{meetingId}/bjud-in", Access.ADMIN, OWNED),
            row("POST", "/samverkan/moten/{meetingId}/narvaro", Access.ADMIN, OWNED),
            row("POST", "/samverkan/moten/{meetingId}/protokoll", Access.ADMIN, OWNED),
            row("POST", "/samverkan/moten/{meetingId}/beslut", Access.ADMIN, OWNED),
            row("POST", "/samverkan/moten/{meetingId}/atgarder", Access.ADMIN, OWNED),
            row("GET", "/samverkan/moten/{meetingId}/anmalan/{orgId}/avboka", Access.ADMIN, OWNED),
            row("POST", "/samverkan/moten/{meetingId}/anmalan/{orgId}/avboka", Access.ADMIN, OWNED),
            row("GET", "/samverkan/atgarder", Access.ADMIN, NONE),
            row("POST", "/samverkan/atgarder/{actionId}/klar", Access.ADMIN, OWNED),
            row("GET", "/forening/{orgId}/moten", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/moten/{meetingId}", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/moten/{meetingId}/anmal", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/moten/{meetingId}/avanmal", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/moten/{meetingId}/kalender.ics", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/atgarder", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/atgarder/{actionId}/klar", Access.MEMBER, OWNED),
            // retention (gallring)
            row("GET", "/admin/gallring", Access.ADMIN, NONE),
            row("GET", "/admin/gallring/kor", Access.ADMIN, NONE),
            row("POST", "/admin/gallring/kor", Access.ADMIN, NONE),
            row("GET", "/gallring/stanna/{stayToken}", Access.PUBLIC, OWNED),
            row("POST", "/gallring/stanna/{stayToken}", Access.PUBLIC, OWNED),
            row("GET", "/gallring/tack", Access.PUBLIC, NONE),
            // incident: incidents, suspensions, feedback
            row("GET", "/samordning/incidenter", Access.COORDINATOR, NONE),
            row("GET", "/samordning/incidenter/ny", Access.COORDINATOR, NONE),
            row("POST", "/samordning/incidenter/ny", Access.COORDINATOR, NONE),
            row("GET", "/samordning/incidenter/{incidentId}", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/incidenter/{incidentId}/logg", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/incidenter/{incidentId}/stang", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/volontarer/{id}/avstangning", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/volontarer/{id}/avstangning", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/volontarer/{id}/avstangning/hav", Access.COORDINATOR, OWNED),
            // the coordinator's desk (issue 16): the volunteer register, a volunteer's page, bulk ID checks, search
            row("GET", "/samordning/volontarer", Access.COORDINATOR, NONE),
            row("GET", "/samordning/spontanfrivilliga", Access.COORDINATOR, NONE),
            row("GET", "/samordning/spontanfrivilliga/{spontaneousId}/uppgifter", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/spontanfrivilliga/{spontaneousId}/radera", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/spontanfrivilliga/{spontaneousId}/radera", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/spontanfrivilliga/{spontaneousId}/pass", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/spontanfrivilliga/{spontaneousId}/pass", Access.COORDINATOR, OWNED),
            row(
                    "POST",
                    "/samordning/spontanfrivilliga/{spontaneousId}/pass/{shiftId}/ta-bort",
                    Access.COORDINATOR,
                    OWNED),
            row("GET", "/samordning/spontanfrivilliga/{spontaneousId}/kontroll", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/spontanfrivilliga/{spontaneousId}/kontroll", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/kris/affischer", Access.COORDINATOR, NONE),
            // safety points (issue 17 point 4): the coordinators' pages, the public list, a volunteer's check-in
            row("GET", "/samordning/trygghetspunkter", Access.COORDINATOR, NONE),
            row("GET", "/samordning/trygghetspunkter/ny", Access.COORDINATOR, NONE),
            row("POST", "/samordning/trygghetspunkter/ny", Access.COORDINATOR, NONE),
            row("GET", "/samordning/trygghetspunkter/{safetyPointId}", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/trygghetspunkter/{safetyPointId}/andra", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/trygghetspunkter/{safetyPointId}/andra", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/trygghetspunkter/{safetyPointId}/status", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/trygghetspunkter/{safetyPointId}/stang", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/trygghetspunkter/{safetyPointId}/stang", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/trygghetspunkter/{safetyPointId}/affisch", Access.COORDINATOR, OWNED),
            row("GET", "/trygghetspunkter", Access.PUBLIC, NONE),
            row("GET", "/trygghetspunkter/{safetyPointId}/checka-in", Access.VOLUNTEER, NONE),
            row("POST", "/trygghetspunkter/{safetyPointId}/checka-in", Access.VOLUNTEER, NONE),
            row("POST", "/trygghetspunkter/{safetyPointId}/checka-ut", Access.VOLUNTEER, NONE),
            row("GET", "/api/v1/safety-points", Access.PUBLIC, NONE),
            // resourcegroup: the group register, call-outs and the roll
            row("GET", "/samordning/grupper", Access.COORDINATOR, NONE),
            row("GET", "/samordning/grupper/ny", Access.COORDINATOR, NONE),
            row("POST", "/samordning/grupper", Access.COORDINATOR, NONE),
            row("GET", "/samordning/grupper/{groupId}", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/grupper/{groupId}/medlemmar", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/grupper/{groupId}/medlemmar/{volunteerId}", Access.COORDINATOR, OWNED),
            row(
                    "POST",
                    "/samordning/grupper/{groupId}/medlemmar/{volunteerId}/utbildningar",
                    Access.COORDINATOR,
                    OWNED),
            row(
                    "POST",
                    "/samordning/grupper/{groupId}/medlemmar/{volunteerId}/utbildningar/{trainingId}/ta-bort",
                    Access.COORDINATOR,
                    OWNED),
            row("POST", "/samordning/grupper/{groupId}/medlemmar/{volunteerId}/ledare", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/grupper/{groupId}/medlemmar/{volunteerId}/ta-bort", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/grupper/{groupId}/medlemmar/{volunteerId}/ta-bort", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/grupper/{groupId}/kalla-ut", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/grupper/{groupId}/kalla-ut", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/grupper/{groupId}/utkallningar/{calloutId}", Access.COORDINATOR, OWNED),
            row(
                    "POST",
                    "/samordning/grupper/{groupId}/utkallningar/{calloutId}/{volunteerId}/pa-vag",
                    Access.COORDINATOR,
                    OWNED),
            row(
                    "POST",
                    "/samordning/grupper/{groupId}/utkallningar/{calloutId}/{volunteerId}/framme",
                    Access.COORDINATOR,
                    OWNED),
            row(
                    "POST",
                    "/samordning/grupper/{groupId}/utkallningar/{calloutId}/{volunteerId}/klar",
                    Access.COORDINATOR,
                    OWNED),
            row("POST", "/samordning/grupper/{groupId}/utkallningar/{calloutId}/avsluta", Access.COORDINATOR, OWNED),
            // the daily situation report and the power-cut prints (issue 17, points 5 and 6)
            row("GET", "/samordning/lagesrapport", Access.COORDINATOR, NONE),
            row("POST", "/samordning/lagesrapport", Access.COORDINATOR, NONE),
            row("POST", "/samordning/lagesrapport/mottagare", Access.COORDINATOR, NONE),
            row("GET", "/samordning/lagesrapport/{reportId}", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/lagesrapport/{reportId}/lagesrapport.pdf", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/lagesrapport/{reportId}/lagesrapport.xlsx", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/lagesrapport/{reportId}/lagesrapport.csv", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/lagesrapport/utskrifter", Access.COORDINATOR, NONE),
            row("GET", "/samordning/lagesrapport/utskrifter/pass.pdf", Access.COORDINATOR, NONE),
            row("GET", "/samordning/lagesrapport/utskrifter/hjalpsokande.pdf", Access.COORDINATOR, NONE),
            row("GET", "/samordning/volontarer/export", Access.COORDINATOR, NONE),
            row("GET", "/samordning/volontarer/{id}", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/volontarer/id-kontroll", Access.COORDINATOR, NONE),
            row("POST", "/samordning/volontarer/id-kontroll/bekrafta", Access.COORDINATOR, NONE),
            // onboarding from the register: Excel export, invitations and messages, registering on the phone
            row("GET", "/samordning/volontarer/export.xlsx", Access.COORDINATOR, NONE),
            row("POST", "/samordning/volontarer/meddelande", Access.COORDINATOR, NONE),
            row("POST", "/samordning/volontarer/meddelande/forhandsgranska", Access.COORDINATOR, NONE),
            row("POST", "/samordning/volontarer/meddelande/skicka", Access.COORDINATOR, NONE),
            row("GET", "/samordning/volontarer/ny", Access.COORDINATOR, NONE),
            row("POST", "/samordning/volontarer/ny", Access.COORDINATOR, NONE),
            row("GET", "/samordning/sok", Access.COORDINATOR, NONE),
            row("GET", "/samordning/arenden/{id}/aterkoppling", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/aterkoppling", Access.COORDINATOR, OWNED),
            row("GET", "/mina-sidor/incidenter", Access.VOLUNTEER, NONE),
            row("GET", "/mina-sidor/incidenter/ny", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/incidenter/ny", Access.VOLUNTEER, NONE),
            row("GET", "/mina-sidor/incidenter/{incidentId}", Access.VOLUNTEER, OWNED),
            row("GET", "/mina-sidor/uppdrag/{doneAssignmentId}/aterkoppling", Access.VOLUNTEER, OWNED),
            row("POST", "/mina-sidor/uppdrag/{doneAssignmentId}/aterkoppling", Access.VOLUNTEER, OWNED),
            // privacy and consent (issue 5): the volunteer's own data, and a resident's through the request page
            row("GET", "/mina-sidor/mina-uppgifter", Access.VOLUNTEER, NONE),
            row("GET", "/mina-sidor/mina-uppgifter.json", Access.VOLUNTEER, NONE),
            row("GET", "/mina-sidor/radera", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/radera", Access.VOLUNTEER, NONE),
            row("GET", "/bli-volontar/raderad", Access.PUBLIC, NONE),
            row("GET", "/mina-sidor/samtycken", Access.VOLUNTEER, NONE),
            row("GET", "/mina-sidor/samtycken/aterkalla", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/samtycken/aterkalla", Access.VOLUNTEER, NONE),
            row("GET", "/mina-sidor/integritet", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/integritet", Access.VOLUNTEER, NONE),
            row("GET", "/samordning/arenden/{id}/uppgifter", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/arenden/{id}/radera", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/radera", Access.COORDINATOR, OWNED),
            row("GET", "/samordning/arenden/{id}/hanvisa/aterkalla-samtycke", Access.COORDINATOR, OWNED),
            row("POST", "/samordning/arenden/{id}/hanvisa/aterkalla-samtycke", Access.COORDINATOR, OWNED),
            // the collaboration body (representatives and coaches too; administrators stand for them) and its admin
            // page
            row("GET", "/samverkan", Access.ADMIN, NONE),
            row("GET", "/samverkan/representanter", Access.ADMIN, NONE),
            row("GET", "/samverkan/avtal", Access.ADMIN, NONE),
            row("GET", "/samverkan/avtal.csv", Access.ADMIN, NONE),
            row("GET", "/samverkan/avtal/ny", Access.ADMIN, NONE),
            row("POST", "/samverkan/avtal/ny", Access.ADMIN, NONE),
            row("GET", "/samverkan/avtal/{agreementId}", Access.ADMIN, OWNED),
            row("GET", "/samverkan/avtal/{agreementId}/andra", Access.ADMIN, OWNED),
            row("POST", "/samverkan/avtal/{agreementId}/andra", Access.ADMIN, OWNED),
            row("POST", "/samverkan/avtal/{agreementId}/uppfoljningar", Access.ADMIN, OWNED),
            row("POST", "/samverkan/avtal/{agreementId}/uppfoljningar/{followUpId}/klar", Access.ADMIN, OWNED),
            row("POST", "/samverkan/avtal/{agreementId}/dokument", Access.ADMIN, OWNED),
            row("POST", "/samverkan/avtal/{agreementId}/dokument/{documentId}/ta-bort", Access.ADMIN, OWNED),
            row("GET", "/admin/representanter", Access.ADMIN, NONE),
            row("POST", "/admin/representanter", Access.ADMIN, NONE),
            row("POST", "/admin/representanter/{representativeId}/ta-bort", Access.ADMIN, OWNED),
            // the REST API (issue 18): public reads; an organisation's routes need its API key (SECRET: every
            // session is refused; ApiKeyTests checks one organisation's key against another's data); the docs
            row("GET", "/api/v1/efforts", Access.PUBLIC, NONE),
            row("GET", "/api/v1/efforts/{effortId}", Access.PUBLIC, OWNED),
            row("GET", "/api/v1/organisations", Access.PUBLIC, NONE),
            row("GET", "/api/v1/organisations/{organisationId}", Access.PUBLIC, OWNED),
            row("GET", "/api/v1/organisation/efforts", Access.SECRET, NONE),
            row("GET", "/api/v1/organisation/efforts/{effortId}", Access.SECRET, NONE),
            row("POST", "/api/v1/organisation/efforts", Access.SECRET, NONE),
            row("POST", "/api/v1/organisation/efforts/{effortId}/publish", Access.SECRET, NONE),
            row("POST", "/api/v1/organisation/efforts/{effortId}/close", Access.SECRET, NONE),
            row("POST", "/api/v1/organisation/efforts/{effortId}/shifts", Access.SECRET, NONE),
            row("POST", "/api/v1/organisation/efforts/{effortId}/shifts/{shiftId}/cancel", Access.SECRET, NONE),
            row("PUT", "/api/v1/organisation/efforts/{effortId}/shifts/{shiftId}", Access.SECRET, NONE),
            row("GET", "/api/v1/organisation/efforts/{effortId}/shifts/{shiftId}/roster", Access.SECRET, NONE),
            row("GET", "/api/v1/organisation/referrals", Access.SECRET, NONE),
            row("GET", "/api/v1/organisation/referrals/{referralId}", Access.SECRET, NONE),
            row("POST", "/api/v1/organisation/referrals/{referralId}/accept", Access.SECRET, NONE),
            row("POST", "/api/v1/organisation/referrals/{referralId}/decline", Access.SECRET, NONE),
            row("GET", "/api/v1/openapi.json", Access.PUBLIC, NONE),
            row("GET", "/api/v1/openapi.json/swagger-config", Access.PUBLIC, NONE),
            row("GET", "/api/v1/openapi.json.yaml", Access.PUBLIC, NONE),
            row("GET", "/api/docs", Access.PUBLIC, NONE),
            row("GET", "/forening/{orgId}/api-nycklar", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/api-nycklar", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/api-nycklar/{keyId}/aterkalla", Access.MEMBER, OWNED),
            row("GET", "/api/v1/staff/overview", Access.SECRET, NONE),
            row("GET", "/admin/api-nycklar", Access.ADMIN, NONE),
            row("POST", "/admin/api-nycklar", Access.ADMIN, NONE),
            row("GET", "/admin/api-nycklar/{staffKeyId}/aterkalla", Access.ADMIN, NONE),
            row("POST", "/admin/api-nycklar/{staffKeyId}/aterkalla", Access.ADMIN, NONE),
            row("GET", "/forening/{orgId}/webhooks", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/webhooks", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/webhooks/{endpointId}", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/webhooks/{endpointId}/testa", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/webhooks/{endpointId}/testa", Access.MEMBER, OWNED),
            row("GET", "/forening/{orgId}/webhooks/{endpointId}/stang-av", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/webhooks/{endpointId}/stang-av", Access.MEMBER, OWNED),
            // calendar feeds (issue 18): the token in the feed's address is its credential
            row("GET", "/kalender/{feedToken}.ics", Access.PUBLIC, OWNED),
            row("GET", "/mina-sidor/kalender", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/kalender", Access.VOLUNTEER, NONE),
            row("POST", "/mina-sidor/kalender/stang-av", Access.VOLUNTEER, NONE),
            row("GET", "/forening/{orgId}/kalender", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/kalender", Access.MEMBER, OWNED),
            row("POST", "/forening/{orgId}/kalender/stang-av", Access.MEMBER, OWNED));
    // @formatter:on

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    @Autowired
    se.samverka.registerimport.RegisterImports registerImports;

    @Autowired
    MockMvc mvc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    AccountManagement accounts;

    @Autowired
    Efforts efforts;

    @Autowired
    Callouts callouts;

    @Autowired
    IdeaAdministration ideas;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    CalendarFeeds calendarFeeds;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** What a test cost, in the units that decide its time (docs/performance.md, "The test suite"). */
    private int worldsBuilt;

    private int requestsMade;

    @Autowired
    HelpKinds helpKinds;

    @Autowired
    HelpKindCommands kindCommands;

    /** Each world adds a kind of help; none stays offered on the forms of the tests that run after this one. */
    private final List<HelpKind> worldKinds = new ArrayList<>();

    @AfterEach
    void retireTheWorldsKinds() {
        worldKinds.forEach(kindCommands::retire);
    }

    @AfterEach
    void reportCost(TestInfo test) {
        System.out.printf(
                "AccessControlMatrixTests.%s: %d worlds built, %d requests%n",
                test.getTestMethod().map(m -> m.getName()).orElse("?"), worldsBuilt, requestsMade);
    }

    @Test
    void everyRouteOfTheApplicationHasARow() {
        var routes = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (pattern.equals("/api/v1/**")) {
                    // api/UnknownApiPath: no route, the 404 problem detail for paths no route answers
                    // (PublicApiTests)
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add("GET " + pattern);
                }
                methods.forEach(m -> routes.add(m.name() + " " + pattern));
            }
        });
        var covered = ROUTES.stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).as("each route has exactly one row").hasSize(ROUTES.size());
        assertThat(routes)
                .as("routes without a row in the access-control matrix")
                .isSubsetOf(covered);
        assertThat(covered).as("rows for routes that no longer exist").isSubsetOf(routes);
    }

    /**
     * Every refusal and every allowed read runs on one shared world: none of them may change anything (a refusal
     * that did would fail its cell anyway). Each allowed state change runs in a transaction that is rolled back after
     * its cell is checked (MockMvc serves the request on this thread, so the application's transactions join it), so
     * that one actor's change never decides the next actor's cell. This replaced a world built for each of them:
     * building a world costs far more than a request (354 worlds were most of the suite's longest test).
     */
    @Test
    void everyCellMatchesThePolicy() throws Exception {
        var failures = new ArrayList<String>();
        var world = world();
        for (var row : ROUTES) {
            // the refusals first: none of them may change anything
            for (var actor : Actor.values()) {
                var expected = expected(row, actor);
                if (expected != Outcome.ALLOWED) {
                    check(failures, row, actor, world, false, expected);
                }
                if (row.owned() && foreignApplies(row, actor)) {
                    check(failures, row, actor, world, true, Outcome.NOT_FOUND);
                }
            }
            // then each actor allowed, on a world of its own when the route changes something
            for (var actor : Actor.values()) {
                if (expected(row, actor) == Outcome.ALLOWED) {
                    if ("GET".equals(row.method())) {
                        check(failures, row, actor, world, false, Outcome.ALLOWED);
                    } else {
                        rolledBack(() -> check(failures, row, actor, world, false, Outcome.ALLOWED));
                    }
                }
            }
        }
        assertThat(failures).as("cells that do not match the policy").isEmpty();
    }

    interface Cell {
        void check() throws Exception;
    }

    /** Runs a cell in a transaction that is rolled back: the request's change is gone afterwards. */
    private void rolledBack(Cell cell) throws Exception {
        var transaction = transactions.getTransaction(new DefaultTransactionDefinition());
        try {
            cell.check();
        } finally {
            transactions.rollback(transaction);
        }
    }

    private static final Set<String> EXPIRED_FORMS = Set.of("/bli-volontar", "/be-om-hjalp", "/kris/anmal");

    /** A request refused for want of a CSRF token changes nothing, so all of them share one world. */
    @Test
    void everyStateChangeWithoutACsrfTokenIsRefused() throws Exception {
        var failures = new ArrayList<String>();
        var world = world();
        for (var row : ROUTES) {
            if ("GET".equals(row.method()) || row.access() == Access.SECRET) {
                continue;
            }
            var actor = switch (row.access()) {
                case VOLUNTEER -> Actor.VOLUNTEER_A;
                case MEMBER -> Actor.MEMBER_X;
                case COORDINATOR, ADMIN, LOGGED_IN -> Actor.ADMIN;
                default -> Actor.ANONYMOUS;
            };
            var response = perform(row, actor, world, false, false);
            // the public forms that are shown again instead (account/ExpiredForm) are handed to their own form,
            // marked expired, which stores nothing (ExpiredFormTests)
            var refused = EXPIRED_FORMS.contains(row.pattern()) && actor == Actor.ANONYMOUS
                    ? row.pattern().equals(response.getForwardedUrl())
                    : response.getStatus() == 403;
            if (!refused) {
                failures.add(row.key() + " without CSRF token as " + actor + ": " + response.getStatus());
            }
        }
        assertThat(failures).isEmpty();
    }

    enum Outcome {
        ALLOWED,
        LOGIN,
        FORBIDDEN,
        NOT_FOUND,
        REFUSED
    }

    static Outcome expected(Row row, Actor actor) {
        if (row.access() == Access.SECRET) {
            return Outcome.REFUSED;
        }
        if (row.access() == Access.PUBLIC || row.access() == Access.ERROR_PAGE) {
            return Outcome.ALLOWED;
        }
        if (actor == Actor.ANONYMOUS) {
            return Outcome.LOGIN;
        }
        return switch (row.access()) {
            case LOGGED_IN -> Outcome.ALLOWED;
            // volunteer B owns nothing: on an owned route, A's ids are foreign to B
            case VOLUNTEER ->
                actor == Actor.VOLUNTEER_A || (actor == Actor.VOLUNTEER_B && !row.owned())
                        ? Outcome.ALLOWED
                        : actor == Actor.VOLUNTEER_B ? Outcome.NOT_FOUND : Outcome.FORBIDDEN;
            case MEMBER -> actor == Actor.MEMBER_X ? Outcome.ALLOWED : Outcome.NOT_FOUND;
            case COORDINATOR ->
                actor == Actor.COORDINATOR || actor == Actor.ADMIN ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case ADMIN -> actor == Actor.ADMIN ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            default -> throw new IllegalStateException();
        };
    }

    /** Who gets a foreign or unknown id on an owned route: those who may use the route at all. */
    static boolean foreignApplies(Row row, Actor actor) {
        return switch (row.access()) {
            case PUBLIC -> actor == Actor.ANONYMOUS || actor == Actor.VOLUNTEER_B;
            case VOLUNTEER -> false;
            case MEMBER -> actor == Actor.MEMBER_Y;
            case COORDINATOR -> actor == Actor.COORDINATOR;
            case ADMIN -> actor == Actor.ADMIN;
            default -> false;
        };
    }

    private void check(List<String> failures, Row row, Actor actor, World world, boolean foreign, Outcome expected)
            throws Exception {
        MockHttpServletResponse response;
        try {
            response = perform(row, actor, world, foreign, true);
        } catch (Exception | AssertionError e) {
            failures.add(describe(row, actor, foreign) + ": expected " + expected + " but threw " + e);
            return;
        }
        var status = response.getStatus();
        var location = response.getRedirectedUrl();
        var toLogin = status / 100 == 3 && location != null && location.contains("/login");
        if (row.access() == Access.ERROR_PAGE) {
            var body = response.getContentAsString();
            if (status == 401 || status == 403 || toLogin || body.contains("Exception") || body.contains("\tat ")) {
                failures.add(
                        describe(row, actor, foreign) + ": the error page refused or showed a stack trace: " + status);
            }
            return;
        }
        var actual = switch (status / 100) {
            case 2 -> Outcome.ALLOWED;
            case 3 -> toLogin ? Outcome.LOGIN : Outcome.ALLOWED;
            default ->
                status == 403
                        ? Outcome.FORBIDDEN
                        : status == 404 ? Outcome.NOT_FOUND : status == 401 ? Outcome.REFUSED : null;
        };
        if (expected == Outcome.REFUSED && status / 100 == 4) {
            return;
        }
        if (actual != expected) {
            failures.add(describe(row, actor, foreign) + ": expected " + expected + " but got " + status
                    + (location == null ? "" : " -> " + location));
        }
        var body = response.getContentAsString();
        for (var secret : expected == Outcome.ALLOWED ? world.hiddenFrom(actor) : world.secrets()) {
            if (body.contains(secret)) {
                failures.add(describe(row, actor, foreign) + ": " + expected + " but showed " + secret);
            }
        }
    }

    private static String describe(Row row, Actor actor, boolean foreign) {
        return row.key() + " as " + actor + (foreign ? " (foreign id)" : "");
    }

    private MockHttpServletResponse perform(Row row, Actor actor, World world, boolean foreign, boolean withCsrf)
            throws Exception {
        var url = url(row, actor, world, foreign);
        var builder = request(HttpMethod.valueOf(row.method()), url);
        params(row, world).forEach(builder::param);
        if (withCsrf) {
            builder.with(csrf());
        }
        var user = world.user(actor);
        if (user != null) {
            builder.with(authentication(as(user)));
        }
        requestsMade++;
        return mvc.perform(builder).andReturn().getResponse();
    }

    /** Enough of a form for the state-changing routes that need one; the rest ignore it. */
    private Map<String, String> params(Row row, World world) {
        if (row.pattern().endsWith("/tilldela")) {
            return Map.of(
                    "volunteerId",
                    SecurityFixtures.volunteerId(jdbc, world.volunteerB()).toString());
        }
        if (row.pattern().endsWith("/roll")) {
            return Map.of("role", "COORDINATOR");
        }
        if (row.pattern().startsWith("/admin/konton/")) {
            // the confirmation, so that an allowed administrator really acts on the account
            return Map.of("bekrafta", "ja");
        }
        if (row.pattern().endsWith("/klart")) {
            return Map.of("note", "Allt gick bra", "minutes", "30");
        }
        if (row.pattern().endsWith("/lamna-tillbaka")
                || row.pattern().endsWith("/nej")
                || row.pattern().endsWith("/avsla")) {
            return Map.of("reason", "Hinner inte");
        }
        return Map.of();
    }

    /** The address for the actor: their own object, or someone else's or an unknown one when foreign. */
    static String url(Row row, Actor actor, World world, boolean foreign) {
        var pattern = row.pattern();
        Matcher matcher = VARIABLE.matcher(pattern);
        var url = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1);
            var value = world.value(name, pattern);
            if (foreign) {
                value = switch (row.access()) {
                    // another volunteer's ids are foreign to volunteer B
                    case VOLUNTEER -> value;
                    // member Y, through their own workspace address, reaching X's objects
                    case MEMBER -> "orgId".equals(name) ? world.orgY.toString() : value;
                    // an id that names nothing
                    default ->
                        switch (name) {
                            case "answer", "decision" -> value;
                            case "token" -> SecurityFixtures.newToken();
                            case "id" ->
                                pattern.startsWith("/admin/forvaltningar")
                                        ? "finns-inte"
                                        : UUID.randomUUID().toString();
                            default -> UUID.randomUUID().toString();
                        };
                };
            }
            matcher.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(url);
        if (foreign && row.access() == Access.MEMBER && !pattern.matches(".*\\{orgId}/.*\\{.*")) {
            // a route whose only id is the organisation: member Y on X's address
            return url.toString().replace(world.orgY.toString(), world.orgX.toString());
        }
        return url.toString();
    }

    /** One of each object, and the people who own them. */
    record World(
            String district,
            SamverkaUser volunteerA,
            SamverkaUser volunteerB,
            UUID orgX,
            UUID orgY,
            SamverkaUser memberX,
            SamverkaUser memberY,
            SamverkaUser coordinator,
            SamverkaUser admin,
            UUID request,
            UUID assignedRequest,
            UUID assignment,
            UUID offer,
            String offerToken,
            UUID callout,
            UUID ask,
            String askToken,
            UUID effortX,
            UUID shiftX,
            UUID signupX,
            UUID municipalEffort,
            UUID municipalShift,
            UUID municipalSignup,
            UUID referral,
            UUID pendingOrg,
            UUID idea,
            UUID volunteerAId,
            List<String> secrets,
            Map<String, String> extra) {

        /**
         * What the actor may not see on any page they are allowed: the open request's resident and address, the
         * assigned request's resident and address (only volunteer A, its assignee, sees those), and the
         * referral's summary (only organisation X, it was offered to, sees that). Staff see everything.
         */
        List<String> hiddenFrom(Actor actor) {
            return switch (actor) {
                case COORDINATOR, ADMIN -> List.of();
                case VOLUNTEER_A -> List.of(secrets.get(0), secrets.get(2), secrets.get(4));
                case MEMBER_X -> secrets.subList(0, 4);
                default -> secrets;
            };
        }

        SamverkaUser user(Actor actor) {
            return switch (actor) {
                case ANONYMOUS -> null;
                case VOLUNTEER_A -> volunteerA;
                case VOLUNTEER_B -> volunteerB;
                case MEMBER_X -> memberX;
                case MEMBER_Y -> memberY;
                case COORDINATOR -> coordinator;
                case ADMIN -> admin;
            };
        }

        String value(String name, String pattern) {
            var municipal = pattern.startsWith("/samordning/insatser");
            return switch (name) {
                case "orgId" -> orgX.toString();
                case "answer" -> "ja";
                case "decision" -> "godkann";
                case "offerId" -> offer.toString();
                case "askId" -> ask.toString();
                case "assignmentId" -> assignment.toString();
                case "referralId" -> referral.toString();
                case "signupId" -> (municipal ? municipalSignup : signupX).toString();
                case "shiftId" -> (municipal ? municipalShift : shiftX).toString();
                // /admin/konton acts on a real staff account row: the administrator's own (never the last one here)
                case "accountId" ->
                    pattern.startsWith("/admin/konton")
                            ? admin.accountId().toString()
                            : pattern.startsWith("/admin")
                                    ? coordinator.accountId().toString()
                                    : memberX.accountId().toString();
                case "token" -> pattern.startsWith("/erbjudande") ? offerToken : askToken;
                case "id" -> {
                    if (pattern.startsWith("/samordning/arenden")) {
                        yield request.toString();
                    }
                    if (pattern.startsWith("/samordning/utskick")) {
                        yield callout.toString();
                    }
                    if (municipal) {
                        yield municipalEffort.toString();
                    }
                    if (pattern.startsWith("/forening/") || pattern.startsWith("/insatser")) {
                        yield effortX.toString();
                    }
                    if (pattern.startsWith("/samordning/foreningar")) {
                        yield pendingOrg.toString();
                    }
                    if (pattern.startsWith("/foreningar")) {
                        yield orgX.toString();
                    }
                    if (pattern.startsWith("/admin/forvaltningar")) {
                        yield "sof";
                    }
                    if (pattern.startsWith("/admin/omraden")) {
                        yield district;
                    }
                    if (pattern.startsWith("/idelabbet")) {
                        yield idea.toString();
                    }
                    if (pattern.startsWith("/samordning/volontarer")) {
                        yield volunteerAId.toString();
                    }
                    throw new IllegalArgumentException(pattern);
                }
                default -> {
                    // the ids of the later modules, each under a variable name of its own (see world())
                    if (extra.containsKey(name)) {
                        yield extra.get(name);
                    }
                    throw new IllegalArgumentException(name + " in " + pattern);
                }
            };
        }
    }

    /** The password hash of the first staff account of each role this test made, see {@link #staffAccount}. */
    private final Map<Role, String> staffHashes = new HashMap<>();

    /**
     * A staff account: the first of each role through {@link AccountManagement#createStaffAccount}, the next ones as
     * the same row with that first account's password hash, so that a world costs no BCrypt (two per world, 228
     * worlds; docs/performance.md). No cell signs in with a password: every actor is authenticated directly.
     */
    private UUID staffAccount(String username, String password, Role role, String displayName) {
        var hash = staffHashes.get(role);
        if (hash == null) {
            var id = accounts.createStaffAccount(username, password, role, displayName);
            staffHashes.put(
                    role,
                    jdbc.sql("SELECT password_hash FROM account WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single());
            return id;
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO account (id, username, password_hash, role, display_name, locale, enabled, created_at)
				VALUES (?, ?, ?, ?, ?, 'sv', TRUE, ?)""")
                .params(
                        id,
                        se.samverka.shared.LoginName.normalise(username),
                        hash,
                        role.name(),
                        displayName,
                        Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    private World world() throws Exception {
        worldsBuilt++;
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var district = SecurityFixtures.district(districts, "Matrisholmen");
        var a = SecurityFixtures.volunteer(jdbc, "Anna Matris " + tag, district);
        var b = SecurityFixtures.volunteer(jdbc, "Bo Matris " + tag, district);
        var aId = SecurityFixtures.volunteerId(jdbc, a);
        var orgX = SecurityFixtures.organisation(jdbc, "Xföreningen", "Hjälper grannar", null, "APPROVED", district);
        var orgY = SecurityFixtures.organisation(jdbc, "Yklubben", "Hjälper grannar", null, "APPROVED", district);
        var pending = SecurityFixtures.organisation(jdbc, "Sökande", "Vill hjälpa", null, "PENDING", district);
        var memberX = SecurityFixtures.member(jdbc, accounts, orgX, "Xavier Medlem");
        var memberY = SecurityFixtures.member(jdbc, accounts, orgY, "Yvonne Medlem");
        var coordinator = SecurityFixtures.coordinator();
        var adminUsername = "admin-matris-" + UUID.randomUUID().toString().substring(0, 8);
        staffAccount(adminUsername, "Hemligt-" + adminUsername, Role.ADMIN, "Admin");
        var admin = accounts.findByUsername(adminUsername).orElseThrow();
        var residentName = "Greta Hemlig" + tag;
        var request = helpRequests
                .submit(
                        SecurityFixtures.shopping(residentName, "Hemliga vägen " + tag, "Mjölk och bröd", district),
                        "test")
                .id();
        var assignedName = "Gustav Hemlig" + tag;
        var assigned = helpRequests
                .submit(
                        SecurityFixtures.shopping(assignedName, "Lönnvägen " + tag, "Kaffe och tidningar", district),
                        "test")
                .id();
        mvc.perform(request(HttpMethod.POST, "/samordning/arenden/{id}/tilldela", assigned)
                .param("volunteerId", aId.toString())
                .with(csrf())
                .with(authentication(as(coordinator))));
        var assignment = jdbc.sql("SELECT id FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                .param(assigned)
                .query(UUID.class)
                .single();
        // offers are hand-picked call-outs now: an old offer link carries an ask's token
        var offer = UUID.randomUUID();
        var callout = callouts.start(new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request,
                "Handla åt någon",
                new Need(
                        HelpKind.SHOPPING,
                        district,
                        LocalDate.now().plusDays(2),
                        LocalTime.of(10, 0),
                        LocalTime.of(12, 0),
                        null,
                        1),
                Urgency.PLANNED,
                null,
                "test"));
        var askToken = SecurityFixtures.newToken();
        var offerToken = askToken;
        jdbc.sql("DELETE FROM callout_ask WHERE callout_id = ? AND volunteer_id = ?")
                .params(callout, aId)
                .update();
        var ask = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at)
				VALUES (?, ?, ?, 1, 'EMAIL', ?, 'PENDING', ?)""")
                .params(ask, callout, aId, SecurityFixtures.hash(askToken), Timestamp.from(Instant.now()))
                .update();
        var effortX = SecurityFixtures.publishedEffort(efforts, orgX, district, "Läxhjälp " + tag, "Varje vecka");
        var shiftX = SecurityFixtures.shift(efforts, effortX, district, "Pass X", SignupMode.APPLICATION);
        var signupX = SecurityFixtures.signup(jdbc, shiftX, aId, "APPLIED");
        var municipalEffort =
                SecurityFixtures.publishedEffort(efforts, null, district, "Kommunens " + tag, "Varje dag");
        var municipalShift =
                SecurityFixtures.shift(efforts, municipalEffort, district, "Pass K", SignupMode.APPLICATION);
        var municipalSignup = SecurityFixtures.signup(jdbc, municipalShift, aId, "APPLIED");
        var referral = UUID.randomUUID();
        var summarySecret = "Hemlig sammanfattning " + tag;
        jdbc.sql("""
				INSERT INTO referral (id, request_id, organisation_id, status, summary, offered_by, offered_at, deadline,
				  request_kind, request_district_id)
				VALUES (?, ?, ?, 'OFFERED', ?, 'test', ?, ?,
				  (SELECT kind FROM help_request WHERE id = ?), (SELECT district_id FROM help_request WHERE id = ?))""")
                .params(
                        referral,
                        request,
                        orgX,
                        summarySecret,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now().plusSeconds(86400)),
                        request,
                        request)
                .update();
        return new World(
                district,
                a,
                b,
                orgX,
                orgY,
                memberX,
                memberY,
                coordinator,
                admin,
                request,
                assigned,
                assignment,
                offer,
                offerToken,
                callout,
                ask,
                askToken,
                effortX,
                shiftX,
                signupX,
                municipalEffort,
                municipalShift,
                municipalSignup,
                referral,
                pending,
                ideas.submit(
                        "Idé " + tag,
                        "Ett café för äldre",
                        "Äldre",
                        Set.of(district),
                        Set.of(HelpWanted.values()[0]),
                        "Ida Idé",
                        "ida." + tag + "@example.se",
                        null),
                aId,
                List.of(residentName, assignedName, "Hemliga vägen " + tag, "Lönnvägen " + tag, summarySecret),
                extraIds(tag, district, aId, orgX, orgY));
    }

    /**
     * The objects of the later modules: each module adds one block here that seeds its objects and puts their ids
     * under variable names of its own ({incidentId}, {meetingId}, ...), which its routes use.
     */
    private Map<String, String> extraIds(String tag, String district, UUID volunteerA, UUID orgX, UUID orgY)
            throws Exception {
        var extra = new HashMap<String, String>();
        // helpkind: a kind of help of this world's own, retired at once (restoring and moving it is the admin's)
        var kind = kindCommands.add("Matrishjälp " + tag, "Matrix help " + tag, null, 0);
        kindCommands.retire(kind);
        worldKinds.add(kind);
        extra.put("kindCode", kind.code());
        // -- blocks of later modules, one each, below --
        // safetypoint: an open safety point in the world's district
        var safetyPoint = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO safety_point (id, name, address, district_id, opening_hours, capacity, status, created_by,
				  created_at, changed_at) VALUES (?, ?, 'Torget 1', ?, 'Dygnet runt', 40, 'OPEN', 'test', ?, ?)""")
                .params(
                        safetyPoint,
                        "Trygghetspunkt " + tag,
                        district,
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update();
        extra.put("safetyPointId", safetyPoint.toString());
        // registerimport: a previewed import whose one row is an error, so confirming it writes nothing
        extra.put("importKind", "foreningar");
        extra.put(
                "importId",
                registerImports
                        .upload(
                                se.samverka.registerimport.ImportKind.ASSOCIATIONS,
                                "matris.csv",
                                "Namn;Organisationsnummer;E-post\nMatris;123;x@example.org\n"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                "admin",
                                java.util.Locale.ROOT)
                        .toString());
        // meeting: an upcoming network meeting organisation X is invited and registered to, with an action X owns
        var meetingId = UUID.randomUUID();
        var start = Instant.now().plusSeconds(5 * 86400);
        jdbc.sql("""
				INSERT INTO meeting (id, kind, title, agenda, starts_at, ends_at, place, capacity, taken, created_by,
				  created_at) VALUES (?, 'NETWORK', ?, 'Dagordning', ?, ?, 'Folkets hus', 10, 2, 'test', ?)""")
                .params(
                        meetingId,
                        "Nätverksmöte " + tag,
                        Timestamp.from(start),
                        Timestamp.from(start.plusSeconds(7200)),
                        Timestamp.from(Instant.now()))
                .update();
        jdbc.sql(
                        "INSERT INTO meeting_invitation (meeting_id, organisation_id, invited_by, invited_at) VALUES (?, ?, 'test', ?)")
                .params(meetingId, orgX, Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("""
				INSERT INTO meeting_registration (id, meeting_id, organisation_id, participants, names, status,
				  registered_by, registered_at) VALUES (?, ?, ?, 2, 'Xavier och Xenia', 'REGISTERED', 'test', ?)""")
                .params(UUID.randomUUID(), meetingId, orgX, Timestamp.from(Instant.now()))
                .update();
        var actionId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO meeting_action (id, meeting_id, description, owner_organisation_id, due_on, status, created_at)
				VALUES (?, ?, 'Boka lokal', ?, ?, 'OPEN', ?)""")
                .params(
                        actionId,
                        meetingId,
                        orgX,
                        Date.valueOf(LocalDate.now().plusDays(30)),
                        Timestamp.from(Instant.now()))
                .update();
        extra.put("meetingId", meetingId.toString());
        extra.put("actionId", actionId.toString());
        // retention: volunteer A was asked whether they want to stay
        var stayToken = SecurityFixtures.newToken();
        jdbc.sql("INSERT INTO volunteer_stay_question (volunteer_id, token_hash, asked_at) VALUES (?, ?, ?)")
                .params(volunteerA, SecurityFixtures.hash(stayToken), Timestamp.from(Instant.now()))
                .update();
        extra.put("stayToken", stayToken);
        // incident: an incident volunteer A reported, and a task of A's that is done
        var doneRequest = helpRequests
                .submit(SecurityFixtures.shopping("Rut Klar" + tag, "Klarvägen " + tag, "Bröd", district), "test")
                .id();
        var doneAssignment = UUID.randomUUID();
        jdbc.sql("INSERT INTO incident_task (assignment_id, request_id, request_number, volunteer_id, assigned_at,"
                        + " done_at) VALUES (?, ?, 1, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .params(doneAssignment, doneRequest, volunteerA)
                .update();
        var incident = UUID.randomUUID();
        jdbc.sql("INSERT INTO incident (id, kind, status, description, occurred_on, reporter_volunteer_id,"
                        + " reported_by, reported_at) VALUES (?, 'NO_SHOW', 'NEW', 'Ingen öppnade', CURRENT_DATE, ?, 'test',"
                        + " CURRENT_TIMESTAMP)")
                .params(incident, volunteerA)
                .update();
        extra.put("incidentId", incident.toString());
        extra.put("doneAssignmentId", doneAssignment.toString());
        // collaboration: a representative of Socialförvaltningen and an agreement with organisation X
        var representativeAccount = staffAccount(
                "representant-" + tag + "@example.se",
                "ett långt lösenord",
                Role.DEPARTMENT_REPRESENTATIVE,
                "Rebecka Matris " + tag);
        var representativeId = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO collaboration_representative (id, department_id, account_id, added_at) VALUES (?, 'sof', ?, ?)")
                .params(representativeId, representativeAccount, Timestamp.from(Instant.now()))
                .update();
        var agreementId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO agreement (id, department_id, organisation_id, type, title, description, starts_on, ends_on,
				  amount_sek, municipal_contact_name, municipal_contact_email, organisation_contact_name,
				  organisation_contact_email, status, created_by, created_at, updated_at)
				VALUES (?, 'sof', ?, 'IOP', ?, 'Besöksvänner', ?, ?, 1000, 'Kim Kommun', 'kim@example.se', 'Olle Org',
				  'olle@example.se', 'ACTIVE', 'test', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
                .params(
                        agreementId,
                        orgX,
                        "Matrisavtal " + tag,
                        LocalDate.now().minusMonths(1),
                        LocalDate.now().plusMonths(2))
                .update();
        var followUpId = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO agreement_follow_up (id, agreement_id, due_on, note, done) VALUES (?, ?, ?, 'Halvår', FALSE)")
                .params(followUpId, agreementId, LocalDate.now().plusDays(10))
                .update();
        var documentId = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO agreement_document (id, agreement_id, title, url, added_at) VALUES (?, ?, 'Avtalet', 'https://diarie.example.se/1', CURRENT_TIMESTAMP)")
                .params(documentId, agreementId)
                .update();
        extra.put("agreementId", agreementId.toString());
        extra.put("followUpId", followUpId.toString());
        extra.put("documentId", documentId.toString());
        extra.put("representativeId", representativeId.toString());
        // notification: a message in the outbox
        var messageId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO outbox_message (id, dedupe_key, channel, recipient, subject, body, status, attempts,
				  next_attempt_at, created_at) VALUES (?, ?, 'EMAIL', ?, 'Matrisbrev', 'Hej', 'HELD', 0, ?, ?)""")
                .params(
                        messageId,
                        "matris:" + messageId,
                        "matris-" + tag + "@example.se",
                        Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update();
        extra.put("messageId", messageId.toString());
        // api: organisation X's published effort, X and a key of X's; calendar: volunteer A's feed
        extra.put(
                "effortId",
                jdbc.sql("SELECT id FROM effort WHERE organisation_id = ?")
                        .param(orgX)
                        .query(UUID.class)
                        .single()
                        .toString());
        extra.put("organisationId", orgX.toString());
        extra.put(
                "keyId",
                apiKeys.create(orgX, "Matris", representativeAccount, "test")
                        .id()
                        .toString());
        // api: an active staff key (an administrator's, for the statistics)
        var staffKeyId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO staff_api_key (id, name, key_hash, prefix, created_by, created_at)
				VALUES (?, 'Matris', ?, 'samvs_matris', 'test', ?)""")
                .params(
                        staffKeyId,
                        staffKeyId.toString().replace("-", "") + "0".repeat(32),
                        Timestamp.from(Instant.now()))
                .update();
        extra.put("staffKeyId", staffKeyId.toString());
        // webhook: an active endpoint of X's (http to localhost: nothing listens, a test event fails quietly)
        var endpointId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO webhook_endpoint (id, organisation_id, url, events, secret, created_by, created_at)
				VALUES (?, ?, 'http://localhost:9/matris', 'SHIFT_FILLED', 'whsec_matris', 'test', ?)""").params(endpointId, orgX, Timestamp.from(Instant.now())).update();
        extra.put("endpointId", endpointId.toString());
        extra.put(
                "feedToken",
                calendarFeeds.renew(new CalendarFeeds.Owner(CalendarFeeds.OwnerKind.VOLUNTEER, volunteerA)));
        // resourcegroup: a group with volunteer A as member (with a training), a call-out A said yes to, A's roll link
        var groupId = UUID.randomUUID();
        jdbc.sql("INSERT INTO resource_group (id, name, kind, created_by, created_at) VALUES (?, ?, 'FRG', 'test', ?)")
                .params(groupId, "FRG Matris " + tag, Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("INSERT INTO resource_group_member (group_id, volunteer_id, leader, added_by, added_at)"
                        + " VALUES (?, ?, FALSE, 'test', ?)")
                .params(groupId, volunteerA, Timestamp.from(Instant.now()))
                .update();
        var trainingId = UUID.randomUUID();
        jdbc.sql("INSERT INTO resource_group_training (id, group_id, volunteer_id, name, taken_on) VALUES (?, ?, ?,"
                        + " 'FRG grund', CURRENT_DATE)")
                .params(trainingId, groupId, volunteerA)
                .update();
        var groupCalloutId = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO resource_group_callout (id, group_id, what, place, district_id, need_date, time_from,
				  people_needed, created_by, created_at) VALUES (?, ?, 'Sandsäckar', 'Folkets hus', ?, CURRENT_DATE,
				  '10:00', 2, 'test', CURRENT_TIMESTAMP)""").params(groupCalloutId, groupId, district).update();
        var turnoutToken = SecurityFixtures.newToken();
        jdbc.sql("INSERT INTO resource_group_turnout (group_callout_id, volunteer_id, token_hash, accepted_at)"
                        + " VALUES (?, ?, ?, CURRENT_TIMESTAMP)")
                .params(groupCalloutId, volunteerA, SecurityFixtures.hash(turnoutToken))
                .update();
        extra.put("groupId", groupId.toString());
        extra.put("volunteerId", volunteerA.toString());
        extra.put("trainingId", trainingId.toString());
        extra.put("calloutId", groupCalloutId.toString());
        extra.put("turnoutToken", turnoutToken);
        // situation: a report of an ended crisis of this world's own
        var crisisId = UUID.randomUUID();
        jdbc.sql("INSERT INTO crisis (id, name, kind, public_message, phone, started_at, expected_hours,"
                        + " contact_budget_raise, started_by, ended_at, ended_by) VALUES (?, ?, 'STORM', 'Meddelande',"
                        + " '08-1', ?, 24, 0, 'test', ?, 'test')")
                .params(
                        crisisId,
                        "Matriskris " + tag,
                        Timestamp.from(Instant.now().minusSeconds(7200)),
                        Timestamp.from(Instant.now().minusSeconds(3600)))
                .update();
        // crisis: a spontaneous volunteer who signed up for it (their extract and erasure are the coordinators')
        var spontaneous = UUID.randomUUID();
        jdbc.sql("INSERT INTO spontaneous_volunteer (id, phone, name, skills, locale, crisis_id, first_signed_up_at,"
                        + " signed_up_at, sign_ups, consented_at) VALUES (?, ?, ?, 'DRIVE', 'sv', ?, ?, ?, 1, ?)")
                .params(
                        spontaneous,
                        "+4670" + (1000000 + new java.util.Random().nextInt(8999999)),
                        "Spontan " + tag,
                        crisisId,
                        Timestamp.from(Instant.now().minusSeconds(7000)),
                        Timestamp.from(Instant.now().minusSeconds(7000)),
                        Timestamp.from(Instant.now().minusSeconds(7000)))
                .update();
        extra.put("spontaneousId", spontaneous.toString());
        var reportId = UUID.randomUUID();
        jdbc.sql("INSERT INTO situation_report (id, crisis_id, crisis_name, period_from, period_to, generated_at,"
                        + " generated_by, trigger_kind) VALUES (?, ?, ?, ?, ?, ?, 'test', 'ON_DEMAND')")
                .params(
                        reportId,
                        crisisId,
                        "Matriskris " + tag,
                        Timestamp.from(Instant.now().minusSeconds(7200)),
                        Timestamp.from(Instant.now().minusSeconds(3600)),
                        Timestamp.from(Instant.now().minusSeconds(3600)))
                .update();
        extra.put("reportId", reportId.toString());
        return extra;
    }
}
