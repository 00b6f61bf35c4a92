package se.samverka.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.privacy.PrivacyFixtures.now;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.IntegrationTest;
import se.samverka.TestSettings;
import se.samverka.account.LoginLinkRequested;
import se.samverka.consent.ConsentPurpose;
import se.samverka.consent.Consents;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.idea.HelpWanted;
import se.samverka.idea.IdeaAdministration;
import se.samverka.notification.Outbox;
import se.samverka.notification.OutgoingMessage;
import se.samverka.safeguarding.CheckKind;
import se.samverka.safeguarding.Safeguarding;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PersonErasureDue;
import se.samverka.shared.PersonRef;
import se.samverka.shared.PhoneNumber;

/**
 * The key test of erasure: a volunteer who has everything and a resident with a help request are erased, and then
 * no text-like column of any table of the schema, found at run time, holds their name, address or number in any
 * usual form. A new table that stores personal data without a {@link PersonalDataHolder} fails this test.
 */
@IntegrationTest
class ErasureTests {

    static final int SMTP_PORT = TestSettings.smtpPort();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp"));

    /**
     * Tables allowed to keep the strings after erasure, each with the reason. Empty: nothing may keep them. (The
     * audit log names people by id only and is checked like every other table.)
     */
    static final Map<String, String> ALLOWLIST = Map.of();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Consents consents;

    @Autowired
    Outbox outbox;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    IdeaAdministration ideas;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DataSubjectRights rights;

    @Autowired
    PlainValues plainValues;

    @Test
    void afterErasureNoColumnOfAnyTableHoldsTheVolunteerOrTheResident() throws Exception {
        var tag = PrivacyFixtures.tag();
        var first = "Zelma" + tag;
        var last = "Qvist" + PrivacyFixtures.tag();
        var email = "zelma." + tag + "@example.se";
        var phone = PrivacyFixtures.mobile();
        var volunteer = PrivacyFixtures.volunteer(jdbc, first, last, email, phone);
        var name = first + " " + last;

        var residentFirst = "Runa" + PrivacyFixtures.tag();
        var residentLast = "Boende" + PrivacyFixtures.tag();
        var residentName = residentFirst + " " + residentLast;
        var residentPhone = PrivacyFixtures.mobile();
        var address = "Raderingsvägen " + tag;
        var codeWord = "Kodord" + tag;
        var submitter = "Ombud" + PrivacyFixtures.tag();
        var submitterPhone = PrivacyFixtures.mobile();
        var district = PrivacyFixtures.district(jdbc);

        // the resident: a request through the service, a follow-up question, an SMS each way, a referral
        var request = helpRequests
                .submit(
                        new NewHelpRequest(
                                residentName,
                                PhoneNumber.of(residentPhone),
                                address,
                                district,
                                HelpKind.SHOPPING,
                                "Mjölk till " + residentName,
                                LocalDate.now().plusDays(3),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                Recurrence.ONE_OFF,
                                PaymentMethod.INVOICE,
                                codeWord,
                                Boolean.TRUE,
                                null,
                                Channel.PHONE,
                                submitter,
                                PhoneNumber.of(submitterPhone),
                                "Granne"),
                        "test",
                        true)
                .id();
        // an earlier request of the same resident, another series, found by the phone number
        var secondAddress = "Andravägen " + tag;
        var earlier = helpRequests
                .submit(
                        new NewHelpRequest(
                                residentName,
                                PhoneNumber.of(residentPhone),
                                secondAddress,
                                district,
                                HelpKind.PHARMACY,
                                "Medicin",
                                LocalDate.now().plusDays(4),
                                LocalTime.of(9, 0),
                                LocalTime.of(11, 0),
                                Recurrence.ONE_OFF,
                                PaymentMethod.INVOICE,
                                codeWord,
                                null,
                                null,
                                Channel.PHONE,
                                null,
                                null,
                                null),
                        "test")
                .id();
        jdbc.sql("INSERT INTO resident_followup (request_id, phone, asked_at) VALUES (?, ?, ?)")
                .params(request, residentPhone, now())
                .update();
        outbox.enqueue(OutgoingMessage.sms(
                "followup-test:" + request,
                residentPhone,
                "uppföljning",
                "Hej " + residentFirst + "! Fick du hjälp? Svara JA eller NEJ."));
        jdbc.sql(
                        "INSERT INTO inbound_sms (id, provider_id, from_number, message, answer, received_at) VALUES (?, ?, ?, ?, 'YES', ?)")
                .params(UUID.randomUUID(), "p-" + UUID.randomUUID(), residentPhone, "JA tack /" + residentFirst, now())
                .update();
        var organisation = jdbc.sql("SELECT id FROM organisation ORDER BY applied_at LIMIT 1")
                .query(UUID.class)
                .optional();
        jdbc.sql(
                        "INSERT INTO referral_consent (request_id, method, note, recorded_by, recorded_at) VALUES (?, 'PHONE', ?, 'samordnare', ?)")
                .params(request, "Sa ja i telefon, " + residentName, now())
                .update();
        consents.give(
                PersonRef.resident(request),
                ConsentPurpose.SHARE_WITH_ASSOCIATION,
                consents.noticeVersion(),
                "samordnare");
        if (organisation.isPresent()) {
            jdbc.sql("""
					INSERT INTO referral (id, request_id, organisation_id, status, summary, offered_by, offered_at, deadline,
					  answered_at, answered_by, request_kind, request_district_id)
					VALUES (?, ?, ?, 'DECLINED', ?, 'samordnare', ?, ?, ?, 'forening',
					  (SELECT kind FROM help_request WHERE id = ?), (SELECT district_id FROM help_request WHERE id = ?))""")
                    .params(
                            UUID.randomUUID(),
                            request,
                            organisation.get(),
                            "Handla åt " + residentName + ", " + address,
                            now(),
                            now(),
                            now(),
                            request,
                            request)
                    .update();
        }

        // the volunteer: consent, a task done, a call-out ask (offers are hand-picked call-outs now), an effort
        // sign-up, a check and a pledge
        consents.give(
                PersonRef.volunteer(volunteer.id()),
                ConsentPurpose.VOLUNTEER_REGISTER,
                consents.noticeVersion(),
                Consents.SELF);
        jdbc.sql("""
				INSERT INTO assignment (id, request_id, volunteer_id, status, via, assigned_at, finished_at, note, minutes_spent)
				VALUES (?, ?, ?, 'DONE', 'DIRECT', ?, ?, ?, 45)""")
                .params(
                        UUID.randomUUID(),
                        request,
                        volunteer.id(),
                        now(),
                        now(),
                        "Handlade åt " + residentName + ", ring " + residentPhone)
                .update();
        jdbc.sql(
                        "INSERT INTO help_request_history (request_id, occurred_at, actor, action, detail) VALUES (?, ?, ?, 'DONE', ?)")
                .params(request, now(), name, "Klart, " + name + " handlade")
                .update();
        var callout = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, title, kind, district_id, need_date, time_from, people_needed,
				  factor, urgency, status, started_by, started_at, ended_at, end_reason)
				VALUES (?, 'HELP_REQUEST', ?, 'Handla', 'SHOPPING', ?, ?, '10:00', 1, 3, 'PLANNED', 'FILLED', 'samordnare', ?, ?, 'FILLED')""")
                .params(callout, request, district, LocalDate.now().plusDays(3), now(), now())
                .update();
        jdbc.sql(
                        "INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at) VALUES (?, ?, ?, 1, 'SMS', ?, 'ACCEPTED', ?)")
                .params(UUID.randomUUID(), callout, volunteer.id(), "h-" + UUID.randomUUID(), now())
                .update();
        jdbc.sql(
                        "INSERT INTO contact_log (id, volunteer_id, happened_at, entry, channel, source, ref_id) VALUES (?, ?, ?, 'ASK', 'SMS', 'CALLOUT', ?)")
                .params(UUID.randomUUID(), volunteer.id(), now(), callout)
                .update();
        var effort = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO effort (id, department_id, title, description, target_group, period_start, period_end, contact_name,
				  contact_email, contact_phone, status, created_by, created_at)
				VALUES (?, 'sof', 'Läxhjälp', 'Varje vecka', 'Barn', ?, ?, 'Kontakt Person', 'kontakt@example.se', NULL, 'PUBLISHED', 'test', ?)""")
                .params(effort, LocalDate.now(), LocalDate.now().plusMonths(1), now())
                .update();
        var shift = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO effort_shift (id, effort_id, title, shift_date, time_from, time_to, place, district_id, min_volunteers,
				  max_volunteers, signup_mode, status, confirmed, created_at)
				VALUES (?, ?, 'Pass', ?, '10:00', '12:00', 'Biblioteket', ?, 1, 3, 'INSTANT', 'OPEN', 1, ?)""")
                .params(shift, effort, LocalDate.now().plusDays(5), district, now())
                .update();
        jdbc.sql("""
				INSERT INTO effort_signup (id, shift_id, volunteer_id, status, active_shift_id, created_at, changed_at)
				VALUES (?, ?, ?, 'CONFIRMED', ?, ?, ?)""")
                .params(UUID.randomUUID(), shift, volunteer.id(), shift, now(), now())
                .update();
        safeguarding.record(
                volunteer.id(), CheckKind.ID_CHECKED, "samordnare", LocalDate.now(), "Legitimation för " + name);
        safeguarding.acceptCurrentPledge(volunteer.id());
        var idea = ideas.submit(
                "Idé " + tag, "Ett café", "Äldre", Set.of(district), Set.of(HelpWanted.values()[0]), name, email, null);

        // messages: an e-mail and an SMS to the volunteer, one to the coordinator naming them, an SMS from them
        outbox.enqueue(OutgoingMessage.email("privacy-test-mail:" + tag, email, "Hej " + first, "Hej " + name + "!"));
        outbox.enqueue(OutgoingMessage.sms(
                "privacy-test-sms:" + tag, phone, "påminnelse", "Hej " + first + ", i morgon kl 10."));
        outbox.enqueue(OutgoingMessage.email(
                "privacy-test-coordinator:" + tag,
                "samordnare@localhost",
                "Uppdrag klart",
                name + " (" + phone + ", " + email + ") handlade åt " + residentName + "."));
        jdbc.sql(
                        "INSERT INTO inbound_sms (id, provider_id, from_number, message, answer, received_at) VALUES (?, ?, ?, 'JA', 'YES', ?)")
                .params(UUID.randomUUID(), "p-" + UUID.randomUUID(), phone, now())
                .update();
        // an event through the publication log (its JSON holds the address) and the login link it sends
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(s -> events.publishEvent(
                        new LoginLinkRequested(volunteer.accountId(), email, "sv", "token-" + tag)));
        jdbc.sql("INSERT INTO one_time_tokens (token_value, username, expires_at) VALUES (?, ?, ?)")
                .params(UUID.randomUUID().toString(), email, now())
                .update();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(
                                        "SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND dedupe_key LIKE 'login-link:%'")
                                .param(email)
                                .query(Integer.class)
                                .single()
                        > 0);
        // completed publications are deleted at once; one whose listener keeps failing stays, with the address
        jdbc.sql("""
				INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
				VALUES (?, 'privacy.test.FailingListener', 'se.samverka.account.LoginLinkRequested', ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        "{\"accountId\":\"" + volunteer.accountId() + "\",\"email\":\"" + email
                                + "\",\"locale\":\"sv\",\"token\":\"t\"}",
                        now())
                .update();

        // incidents: one the volunteer reported, the resident's feedback by SMS, a suspension whose reason names them
        jdbc.sql("""
				INSERT INTO incident (id, kind, status, description, occurred_on, reporter_volunteer_id, reported_by, reported_at)
				VALUES (?, 'OTHER', 'NEW', 'Dörren var låst', ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), Date.valueOf(LocalDate.now()), volunteer.id(), email, now())
                .update();
        jdbc.sql("""
				INSERT INTO task_feedback (id, request_id, source, text, given_by, given_at)
				VALUES (?, ?, 'RESIDENT_SMS', ?, 'sms', ?)""")
                .params(UUID.randomUUID(), request, "Tack, hälsningar " + residentName, now())
                .update();
        jdbc.sql("""
				INSERT INTO volunteer_suspension (id, volunteer_id, reason, suspended_by, suspended_at, active_volunteer_id)
				VALUES (?, ?, ?, 'samordnare', ?, ?)""")
                .params(UUID.randomUUID(), volunteer.id(), "Kom inte, ring " + phone, now(), volunteer.id())
                .update();

        var needles = needles(
                List.of(first, last, name, email),
                phone,
                List.of(residentFirst, residentLast, residentName, address, secondAddress, codeWord, submitter),
                List.of(residentPhone, submitterPhone));
        assertThat(occurrences(needles))
                .as("the seed holds the strings, so the scan can find them")
                .anyMatch(o -> o.startsWith("volunteer.name"))
                .anyMatch(o -> o.startsWith("help_request.resident_name"))
                .anyMatch(o -> o.startsWith("outbox_message.body"))
                .anyMatch(o -> o.startsWith("event_publication.serialized_event"))
                .anyMatch(o -> o.startsWith("inbound_sms.from_number"))
                .anyMatch(o -> o.startsWith("idea.submitter_name"))
                .anyMatch(o -> o.startsWith("incident.reported_by"))
                .anyMatch(o -> o.startsWith("task_feedback.text"))
                .anyMatch(o -> o.startsWith("volunteer_suspension.reason"));

        // before erasure: the data pages show every column the two people have in plain words (issue 13, point 6)
        var exported = new ArrayList<PersonalDataSection>(rights.export(
                rights.identify(PersonRef.volunteer(volunteer.id())).orElseThrow()));
        exported.addAll(
                rights.export(rights.identify(PersonRef.resident(request)).orElseThrow()));
        assertThat(exported.stream().filter(s -> !s.rows().isEmpty()).map(s -> s.module() + "." + s.name()))
                .as("the seed fills the sections")
                .contains(
                        "volunteer.profile",
                        "helprequest.requests",
                        "helprequest.history",
                        "helprequest.followUps",
                        "task.assignments",
                        "callout.asks",
                        "callout.ledger",
                        "effort.signups",
                        "safeguarding.checks",
                        "notification.outbox",
                        "notification.inboundSms",
                        "consent.consents",
                        "referral.consents",
                        "incident.reported",
                        "incident.feedback",
                        "idea.ideas",
                        "account.account");
        PlainValuesTests.assertEveryColumnPlain(plainValues, exported);

        // the volunteer erases themself; a coordinator erases the resident on their request
        mvc.perform(post("/mina-sidor/radera")
                        .param("confirm", "true")
                        .with(csrf())
                        .with(authentication(PrivacyFixtures.as(volunteer.user()))))
                .andExpect(redirectedUrl("/bli-volontar/raderad"));
        mvc.perform(post("/samordning/arenden/{id}/radera", request)
                        .param("confirm", "true")
                        .with(csrf())
                        .with(authentication(PrivacyFixtures.as(PrivacyFixtures.coordinator()))))
                .andExpect(redirectedUrl("/samordning/arenden/" + request));
        // the receipt goes out, then its address and text are erased
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "SENT"
                        .equals(jdbc.sql("SELECT status FROM outbox_message WHERE dedupe_key = ?")
                                .param("erasure-receipt:" + volunteer.id())
                                .query(String.class)
                                .optional()
                                .orElse(null)));
        var receipts = Arrays.stream(greenMail.getReceivedMessagesForDomain(email))
                .filter(m -> {
                    try {
                        return m.getSubject().contains("raderade");
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .count();
        assertThat(receipts).as("the receipt reached the volunteer").isEqualTo(1);

        assertThat(occurrences(needles))
                .as("columns that still hold the erased people")
                .isEmpty();
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'ERASE' AND subject_kind = ? AND subject_id = ?")
                        .params("VOLUNTEER", volunteer.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM audit_log WHERE action = 'ERASE' AND subject_kind = ? AND subject_id = ?")
                        .params("RESIDENT", request)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // what is kept is kept without the person: the request for statistics, the consent as proof
        assertThat(jdbc.sql("SELECT kind FROM help_request WHERE id = ?")
                        .param(request)
                        .query(String.class)
                        .single())
                .isEqualTo("SHOPPING");
        assertThat(jdbc.sql("SELECT kind FROM help_request WHERE id = ?")
                        .param(earlier)
                        .query(String.class)
                        .single())
                .isEqualTo("PHARMACY");
        assertThat(consents.of(PersonRef.volunteer(volunteer.id())))
                .singleElement()
                .satisfies(c -> assertThat(c.holds()).isFalse());
        assertThat(jdbc.sql("SELECT confirmed FROM effort_shift WHERE id = ?")
                        .param(shift)
                        .query(Integer.class)
                        .single())
                .as("the volunteer's place is freed")
                .isZero();
        assertThat(idea).isNotNull();
        var page = Jsoup.parse(mvc.perform(get("/samordning/arenden/{id}", request)
                        .with(authentication(PrivacyFixtures.as(PrivacyFixtures.coordinator()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#resident-phone").text())
                .as("an erased number is shown as removed, not as 00000000")
                .isEqualTo("Borttaget");
    }

    @Test
    void personErasureDueErasesThePersonAsARequestWould() throws Exception {
        var tag = PrivacyFixtures.tag();
        var first = "Ingrid" + tag;
        var last = "Inaktiv" + PrivacyFixtures.tag();
        var email = "ingrid." + tag + "@example.se";
        var phone = PrivacyFixtures.mobile();
        var volunteer = PrivacyFixtures.volunteer(jdbc, first, last, email, phone);
        consents.give(
                PersonRef.volunteer(volunteer.id()),
                ConsentPurpose.VOLUNTEER_REGISTER,
                consents.noticeVersion(),
                Consents.SELF);
        outbox.enqueue(OutgoingMessage.sms("privacy-due-sms:" + tag, phone, "påminnelse", "Hej " + first + "!"));

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(s -> events.publishEvent(
                        new PersonErasureDue(PersonRef.volunteer(volunteer.id()), "retention.inactive-volunteer")));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM volunteer WHERE id = ?")
                                .param(volunteer.id())
                                .query(Integer.class)
                                .single()
                        == 0);
        assertThat(occurrences(needles(List.of(first, last, email), phone, List.of(), List.of())))
                .isEmpty();
        assertThat(jdbc.sql("SELECT purpose FROM audit_log WHERE action = 'ERASE' AND subject_id = ?")
                        .param(volunteer.id())
                        .query(String.class)
                        .list())
                .containsExactly("retention.inactive-volunteer");
        assertThat(rights.identify(PersonRef.volunteer(volunteer.id())))
                .as("a second event finds nobody")
                .isEmpty();
    }

    /** Every string that must be gone, in the forms people and the app write them. */
    static List<String> needles(
            List<String> words, String phone, List<String> residentWords, List<String> residentPhones) {
        var needles = new ArrayList<String>(words);
        needles.addAll(PrivacyFixtures.phoneForms(phone));
        needles.addAll(residentWords);
        residentPhones.forEach(p -> needles.addAll(PrivacyFixtures.phoneForms(p)));
        return needles;
    }

    /**
     * Each table.column (of every table in the public schema, read from information_schema now) that holds one of
     * the strings, with the string: text, character and JSON columns, and binary columns read as escaped text.
     */
    List<String> occurrences(List<String> needles) {
        var columns = jdbc.sql("""
				SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
				JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
				WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
				  AND c.data_type IN ('character varying', 'text', 'character', 'json', 'jsonb', 'bytea')
				ORDER BY c.table_name, c.column_name""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        assertThat(columns).as("the scan sees the schema").hasSizeGreaterThan(50);
        // one query per table, which reads the table once: the same ILIKE '%string%' for every column and string as
        // one query per column and string did (thousands of round trips for each scan)
        var byTable = new LinkedHashMap<String, List<String[]>>();
        for (var column : columns) {
            if (!ALLOWLIST.containsKey(column[0])) {
                byTable.computeIfAbsent(column[0], table -> new ArrayList<>()).add(column);
            }
        }
        var strings = needles.toArray(String[]::new);
        var found = new ArrayList<String>();
        byTable.forEach((table, tableColumns) -> {
            var values = tableColumns.stream()
                    .map(column -> "('" + column[1] + "', "
                            + ("bytea".equals(column[2])
                                    ? "encode(\"" + column[1] + "\", 'escape')"
                                    : "\"" + column[1] + "\"::text")
                            + ")")
                    .collect(Collectors.joining(", "));
            found.addAll(jdbc.sql("SELECT DISTINCT v.col, n.needle, n.i FROM \"" + table + "\""
                            + " CROSS JOIN LATERAL (VALUES " + values + ") AS v(col, val)"
                            + " CROSS JOIN unnest(?::text[]) WITH ORDINALITY AS n(needle, i)"
                            + " WHERE v.val ILIKE '%' || n.needle || '%' ORDER BY v.col, n.i")
                    .param(strings)
                    .query((rs, n) -> table + "." + rs.getString(1) + " holds " + rs.getString(2))
                    .list());
        });
        return found;
    }
}
