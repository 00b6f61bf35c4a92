package se.samverka.collaboration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.collaboration.CollaborationFixtures.agreement;
import static se.samverka.collaboration.CollaborationFixtures.as;
import static se.samverka.collaboration.CollaborationFixtures.department;
import static se.samverka.collaboration.CollaborationFixtures.organisation;
import static se.samverka.collaboration.CollaborationFixtures.representative;
import static se.samverka.collaboration.CollaborationFixtures.staff;
import static se.samverka.collaboration.CollaborationFixtures.tag;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.Settled;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.overview.OverviewFilter;

@IntegrationTest
class AgreementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CollaborationBody body;

    @Autowired
    Agreements agreements;

    @Autowired
    FollowUpReminders reminders;

    @Autowired
    AgreementOverview overview;

    UUID idOf(String title) {
        return jdbc.sql("SELECT id FROM agreement WHERE title = ?")
                .param(title)
                .query(UUID.class)
                .single();
    }

    int count(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM agreement WHERE title = ?")
                .param(title)
                .query(Integer.class)
                .single();
    }

    String page(String url, se.samverka.account.SamverkaUser user) throws Exception {
        return mvc.perform(get(url).with(authentication(as(user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    UUID register(
            String department,
            UUID organisation,
            String title,
            AgreementType type,
            AgreementStatus status,
            LocalDate start,
            LocalDate end) {
        return agreements.register(
                new Agreements.Registration(
                        department,
                        organisation,
                        type,
                        title,
                        "",
                        start,
                        end,
                        null,
                        "Kim Kommun",
                        "kim@example.se",
                        "Olle Org",
                        "olle@example.se",
                        status),
                "test");
    }

    @Test
    void aRepresentativeRegistersAnAgreementOfTheirDepartmentWithAFollowUpDate() throws Exception {
        var department = department(jdbc, "Avtalsförvaltningen");
        var organisation = organisation(jdbc, "Avtalsföreningen");
        var representative = representative(accounts, body, department, "Rebecka Representant");
        var title = "IOP Besöksvänner " + tag();

        var form = page("/samverkan/avtal/ny", representative);
        assertThat(form).contains("Registrera ett avtal").contains("Avtalsförvaltningen");
        var location = mvc.perform(agreement(
                                "/samverkan/avtal/ny",
                                department,
                                organisation,
                                title,
                                "amount",
                                "125 000,50",
                                "followUpOn",
                                "2026-06-30",
                                "followUpNote",
                                "Halvårsuppföljning")
                        .with(csrf())
                        .with(authentication(as(representative))))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var id = idOf(title);
        assertThat(location).isEqualTo("/samverkan/avtal/" + id);
        assertThat(jdbc.sql(
                                "SELECT type || '/' || status || '/' || amount_sek || '/' || ends_on FROM agreement WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("IOP/ACTIVE/125000.50/2027-12-31");
        assertThat(jdbc.sql("SELECT due_on || ' ' || note FROM agreement_follow_up WHERE agreement_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("2026-06-30 Halvårsuppföljning");

        var detail = page("/samverkan/avtal/" + id, representative);
        assertThat(detail)
                .contains(title)
                .contains("Avtalsföreningen")
                .contains("125 000,50 kr")
                .contains("Halvårsuppföljning")
                .contains("/samverkan/avtal/" + id + "/andra");
        assertThat(page("/samverkan/avtal/" + id + "?lang=en", representative))
                .contains("SEK 125 000,50")
                .contains("Non-profit public partnership (IOP)");

        mvc.perform(post("/samverkan/avtal/" + id + "/dokument")
                        .param("title", "Avtalet i diariet")
                        .param("url", "https://diarie.example.se/2026-1")
                        .with(csrf())
                        .with(authentication(as(representative))))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/samverkan/avtal/" + id, representative))
                .contains("href=\"https://diarie.example.se/2026-1\"")
                .contains("Avtalet i diariet");
    }

    @Test
    void badInputIsRefusedWithAMessageNextToTheFieldAndNothingTypedIsLost() throws Exception {
        var department = department(jdbc, "Felförvaltningen");
        var organisation = organisation(jdbc, "Felföreningen");
        var admin = staff(accounts, Role.ADMIN, "Alva Admin");
        var title = "Bytardag " + tag();

        var ends = mvc.perform(agreement(
                                "/samverkan/avtal/ny",
                                department,
                                organisation,
                                title,
                                "startsOn",
                                "2026-05-01",
                                "endsOn",
                                "2026-04-30",
                                "amount",
                                "-5",
                                "municipalContactName",
                                "Kim Kvar")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(ends)
                .contains("Det finns problem")
                .contains("id=\"endsOn-error\"")
                .contains("Avtalet kan inte sluta innan det börjar")
                .contains("id=\"amount-error\"")
                .contains("Beloppet kan inte vara negativt")
                .contains("value=\"" + title + "\"")
                .contains("value=\"2026-04-30\"")
                .contains("value=\"-5\"")
                .contains("value=\"Kim Kvar\"");

        var missing = mvc.perform(agreement(
                                "/samverkan/avtal/ny",
                                "",
                                null,
                                title,
                                "type",
                                "FORENINGSBIDRAG",
                                "endsOn",
                                "",
                                "amount",
                                "mycket",
                                "organisationContactEmail",
                                "inte-en-adress")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isBadRequest()) // "mycket" is no amount: 400 with the form (web/InvalidFormValues)
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing)
                .contains("Välj förvaltningen som avtalet gäller")
                .contains("Välj organisationen som avtalet är med")
                .contains("Skriv när avtalet slutar gälla")
                .contains("Skriv beloppet med siffror")
                .contains("id=\"organisationContactEmail-error\"")
                .contains("value=\"inte-en-adress\"");

        var english = mvc.perform(agreement(
                                "/samverkan/avtal/ny?lang=en",
                                department,
                                UUID.randomUUID(),
                                title,
                                "endsOn",
                                "2025-01-01")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("The agreement cannot end before it starts")
                .contains("Choose an organisation from the list");
        assertThat(count(title)).isZero();

        // an informal collaboration may run until further notice
        mvc.perform(agreement(
                                "/samverkan/avtal/ny",
                                department,
                                organisation,
                                title,
                                "type",
                                "INFORMAL",
                                "endsOn",
                                "",
                                "amount",
                                "")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().is3xxRedirection());
        var id = idOf(title);

        for (var url : List.of("javascript:alert(1)", "ftp://diarie.example.se/a", "diarie.example.se/a", "https://")) {
            var page = mvc.perform(post("/samverkan/avtal/" + id + "/dokument")
                            .param("title", "Avtalet")
                            .param("url", url)
                            .with(csrf())
                            .with(authentication(as(admin))))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .as(url)
                    .contains("id=\"url-error\"")
                    .contains("Skriv en fullständig webbadress som börjar med https:// eller http://")
                    .contains("value=\"Avtalet\"");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement_document WHERE agreement_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        var followUp = mvc.perform(post("/samverkan/avtal/" + id + "/uppfoljningar")
                        .param("dueOn", "")
                        .param("note", "Datum saknas")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(followUp).contains("id=\"dueOn-error\"").contains("Datum saknas");
    }

    @Test
    void theDatabaseRefusesAnAgreementEndingBeforeItStartsANegativeAmountAndAJavascriptLink() {
        var department = department(jdbc, "Kontrollförvaltningen");
        var organisation = organisation(jdbc, "Kontrollföreningen");
        var start = LocalDate.of(2026, 5, 1);
        assertThatThrownBy(() -> register(
                        department,
                        organisation,
                        "Baklänges",
                        AgreementType.IOP,
                        AgreementStatus.ACTIVE,
                        start,
                        start.minusDays(1)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> register(
                        department, organisation, "Inget slut", AgreementType.IOP, AgreementStatus.ACTIVE, start, null))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> agreements.register(
                        new Agreements.Registration(
                                department,
                                organisation,
                                AgreementType.FORENINGSBIDRAG,
                                "Negativt",
                                "",
                                start,
                                start.plusYears(1),
                                new BigDecimal("-1"),
                                "Kim",
                                "kim@example.se",
                                "Olle",
                                "olle@example.se",
                                AgreementStatus.ACTIVE),
                        "test"))
                .isInstanceOf(DataIntegrityViolationException.class);
        var id = register(
                department,
                organisation,
                "Länkar " + tag(),
                AgreementType.INFORMAL,
                AgreementStatus.ACTIVE,
                start,
                null);
        assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO agreement_document (id, agreement_id, title, url, added_at)
				VALUES (?, ?, 'x', 'javascript:alert(1)', CURRENT_TIMESTAMP)""").params(UUID.randomUUID(), id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void onlyAdministratorsAndTheDepartmentsRepresentativesChangeAnAgreementOthersRead() throws Exception {
        var department = department(jdbc, "Rättförvaltningen");
        var other = department(jdbc, "Andraförvaltningen");
        var organisation = organisation(jdbc, "Rättföreningen");
        var own = representative(accounts, body, department, "Egon Egen");
        var foreign = representative(accounts, body, other, "Frida Främmande");
        var coach = staff(accounts, Role.COACH, "Cecilia Coach");
        var admin = staff(accounts, Role.ADMIN, "Alva Admin");
        var title = "Rättigheter " + tag();
        var id = register(
                department,
                organisation,
                title,
                AgreementType.IOP,
                AgreementStatus.ACTIVE,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1));
        var edit = "/samverkan/avtal/" + id + "/andra";

        for (var reader : List.of(foreign, coach)) {
            assertThat(page("/samverkan/avtal/" + id, reader))
                    .contains(title)
                    .contains("Bara förvaltningens representanter och administratörer kan ändra avtalet")
                    .doesNotContain(edit)
                    .doesNotContain("/uppfoljningar\"");
            mvc.perform(get(edit).with(authentication(as(reader)))).andExpect(status().isForbidden());
            mvc.perform(agreement(edit, department, organisation, "Kapat")
                            .with(csrf())
                            .with(authentication(as(reader))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/samverkan/avtal/" + id + "/uppfoljningar")
                            .param("dueOn", "2026-09-01")
                            .with(csrf())
                            .with(authentication(as(reader))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/samverkan/avtal/" + id + "/dokument")
                            .param("title", "x")
                            .param("url", "https://example.se")
                            .with(csrf())
                            .with(authentication(as(reader))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/samverkan/avtal/ny").with(authentication(as(reader))))
                    .andExpect(reader == coach ? status().isForbidden() : status().isOk());
        }
        // the other department's representative may not register for this department either
        mvc.perform(agreement("/samverkan/avtal/ny", department, organisation, "Fel förvaltning " + tag())
                        .with(csrf())
                        .with(authentication(as(foreign))))
                .andExpect(status().isOk());
        mvc.perform(get("/samverkan/avtal/" + UUID.randomUUID() + "/andra").with(authentication(as(own))))
                .andExpect(status().isNotFound());
        assertThat(count(title)).isEqualTo(1);

        // the department's own representative changes it, but cannot move it to a department they do not represent
        var moved = mvc.perform(
                        agreement(edit, other, organisation, title).with(csrf()).with(authentication(as(own))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(moved).contains("Du kan bara registrera avtal för förvaltningar du representerar");
        mvc.perform(agreement(edit, department, organisation, title + " ändrat", "status", "TERMINATED")
                        .with(csrf())
                        .with(authentication(as(own))))
                .andExpect(status().is3xxRedirection());
        assertThat(count(title + " ändrat")).isEqualTo(1);
        mvc.perform(agreement(edit, other, organisation, title + " flyttat")
                        .with(csrf())
                        .with(authentication(as(admin))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT department_id || '/' || status FROM agreement WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(other + "/ACTIVE");

        // an organisation no longer in the register's approved list stays selectable on its own agreement's form
        jdbc.sql("UPDATE organisation SET status = 'PENDING' WHERE id = ?")
                .param(organisation)
                .update();
        assertThat(page(edit, admin)).contains("<option value=\"" + organisation + "\" selected=\"selected\"");
    }

    @Test
    void theListFiltersByDepartmentOrganisationTypeStatusEndingAndPeriodAndPages() throws Exception {
        var department = department(jdbc, "Filterförvaltningen");
        var organisation = organisation(jdbc, "Filterföreningen");
        var otherOrganisation = organisation(jdbc, "Andraföreningen");
        var admin = staff(accounts, Role.ADMIN, "Alva Admin");
        var today = agreements.today();
        var t = tag();
        register(
                department,
                organisation,
                "Slutar snart " + t,
                AgreementType.IOP,
                AgreementStatus.ACTIVE,
                today.minusYears(1),
                today.plusDays(30));
        register(
                department,
                otherOrganisation,
                "Bidrag " + t,
                AgreementType.FORENINGSBIDRAG,
                AgreementStatus.ACTIVE,
                today.minusYears(1),
                today.plusYears(1));
        register(
                department,
                organisation,
                "Gammalt " + t,
                AgreementType.UPPHANDLING,
                AgreementStatus.ENDED,
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2020, 12, 31));
        register(
                department,
                organisation,
                "Informellt " + t,
                AgreementType.INFORMAL,
                AgreementStatus.DRAFT,
                LocalDate.of(2021, 6, 1),
                null);
        var base = "/samverkan/avtal?department=" + department;

        assertThat(page(base, admin))
                .contains("4 avtal")
                .contains("Slutar snart " + t)
                .contains("Gammalt " + t);
        assertThat(page(base + "&organisation=" + otherOrganisation, admin))
                .contains("1 avtal")
                .contains("Bidrag " + t)
                .doesNotContain("Slutar snart " + t);
        assertThat(page(base + "&type=UPPHANDLING", admin)).contains("1 avtal").contains("Gammalt " + t);
        assertThat(page(base + "&status=DRAFT", admin)).contains("1 avtal").contains("Informellt " + t);
        assertThat(page(base + "&ending=true", admin)).contains("1 avtal").contains("Slutar snart " + t);
        // the period keeps agreements that overlap it, and an open end overlaps everything after the start
        assertThat(page(base + "&from=2020-06-01&to=2020-07-01", admin))
                .contains("1 avtal")
                .contains("Gammalt " + t);
        assertThat(page(base + "&from=2022-01-01&to=2022-12-31", admin))
                .contains("1 avtal")
                .contains("Informellt " + t);
        assertThat(page(base + "&type=nonsense&from=inte-ett-datum", admin)).contains("4 avtal");
        var empty = page(base + "&type=UPPHANDLING&status=ACTIVE", admin);
        assertThat(empty)
                .contains("0 avtal")
                .contains("Inga avtal matchar filtret")
                .contains("registrera ett nytt avtal");

        for (int i = 0; i < 21; i++) {
            register(
                    department,
                    organisation,
                    "Sida %02d %s".formatted(i, t),
                    AgreementType.IOP,
                    AgreementStatus.DRAFT,
                    LocalDate.of(2019, 1, 1).plusDays(i),
                    LocalDate.of(2019, 12, 31));
        }
        var first = page(base, admin);
        assertThat(first).contains("25 avtal").contains("Sida 1 av 2").contains("page=2");
        var second = page(base + "&page=2", admin);
        assertThat(second).contains("Sida 2 av 2").contains("Sida 00 " + t).doesNotContain("Slutar snart " + t);
    }

    @Test
    void followUpRemindersGoToTheDepartmentsRepresentativesAWeekBeforeAndOnTheDayOnce() throws Exception {
        var since = Settled.now();
        var department = department(jdbc, "Påminnelseförvaltningen");
        var organisation = organisation(jdbc, "Påminnelseföreningen");
        var rebecka = representative(accounts, body, department, "Rebecka Påminnelse");
        var erik = representative(accounts, body, department, "Erik Påminnelse");
        var title = "Påminnelseavtal " + tag();
        var today = agreements.today();
        var id = register(
                department,
                organisation,
                title,
                AgreementType.IOP,
                AgreementStatus.ACTIVE,
                today.minusYears(1),
                today.plusYears(1));
        agreements.addFollowUp(id, today.plusDays(7), "Veckan före");
        agreements.addFollowUp(id, today, "På dagen");
        agreements.addFollowUp(id, today.plusDays(10), "För tidigt");
        var done = agreements.addFollowUp(id, today, "Redan klar");
        agreements.markFollowUp(id, done, true);

        reminders.remind();
        reminders.remind();

        await().atMost(Duration.ofSeconds(15))
                .until(() -> mails(rebecka.username(), title).size() >= 2
                        && mails(erik.username(), title).size() >= 2);
        Settled.since(jdbc, since); // nothing more is on its way
        reminders.remind();
        Settled.since(jdbc, since); // nothing more is on its way
        var toRebecka = mails(rebecka.username(), title);
        assertThat(toRebecka).hasSize(2);
        assertThat(toRebecka)
                .anySatisfy(m -> assertThat(m)
                        .contains("Uppföljning om en vecka: " + title)
                        .contains("Hej Rebecka Påminnelse!")
                        .contains("Veckan före")
                        .contains("/samverkan/avtal/" + id));
        assertThat(toRebecka)
                .anySatisfy(m ->
                        assertThat(m).contains("Uppföljning i dag: " + title).contains("På dagen"));
        assertThat(String.join("\n", toRebecka)).doesNotContain("För tidigt").doesNotContain("Redan klar");
        assertThat(mails(erik.username(), title)).hasSize(2);
        assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM agreement_follow_up_reminder r JOIN agreement_follow_up f ON f.id = r.follow_up_id
				WHERE f.agreement_id = ?""").param(id).query(Integer.class).single()).isEqualTo(2);

        // in English for an account that chose English
        jdbc.sql("UPDATE account SET locale = 'en' WHERE id = ?")
                .param(erik.accountId())
                .update();
        agreements.addFollowUp(id, today.plusDays(3), "Soon");
        reminders.remind();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> mails(erik.username(), title).size() == 3);
        assertThat(mails(erik.username(), title))
                .anySatisfy(m ->
                        assertThat(m).contains("Follow-up in a week: " + title).contains("Hello Erik Påminnelse!"));
    }

    List<String> mails(String recipient, String title) {
        return jdbc.sql(
                        "SELECT subject || '\n' || body FROM outbox_message WHERE recipient = ? AND subject LIKE ? ORDER BY created_at")
                .params(recipient, "%" + title + "%")
                .query(String.class)
                .list();
    }

    @Test
    void theCsvExportHasTheSameFiltersABomSemicolonsAndNoFormulas() throws Exception {
        var department = department(jdbc, "Exportförvaltningen");
        var organisation = organisation(jdbc, "Exportföreningen; med semikolon");
        var admin = staff(accounts, Role.ADMIN, "Alva Admin");
        var t = tag();
        agreements.register(
                new Agreements.Registration(
                        department,
                        organisation,
                        AgreementType.IOP,
                        "=HYPERLINK(\"http://evil.example\") " + t,
                        "",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        new BigDecimal("1500.50"),
                        "Kim \"Kommun\"",
                        "kim@example.se",
                        "Olle Org",
                        "olle@example.se",
                        AgreementStatus.ACTIVE),
                "test");
        register(
                department,
                organisation,
                "Utkast " + t,
                AgreementType.INFORMAL,
                AgreementStatus.DRAFT,
                LocalDate.of(2026, 2, 1),
                null);

        var response = mvc.perform(get("/samverkan/avtal.csv?department=" + department + "&status=ACTIVE")
                        .with(authentication(as(admin))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("avtal.csv");
        var bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        var rows = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("Titel", "Typ", "Status", "Förvaltning", "Organisation");
        var row = rows.get(1);
        assertThat(row).hasSize(rows.get(0).size());
        assertThat(row.get(0)).isEqualTo("'=HYPERLINK(\"http://evil.example\") " + t);
        assertThat(row.get(1)).isEqualTo("Idéburet offentligt partnerskap (IOP)");
        assertThat(row.get(2)).isEqualTo("Aktivt");
        assertThat(row.get(4)).startsWith("Exportföreningen; med semikolon");
        assertThat(row.subList(5, 9)).containsExactly("2026-01-01", "2026-12-31", "1500,50", "Kim \"Kommun\"");

        var english = new String(
                mvc.perform(get("/samverkan/avtal.csv?department=" + department + "&lang=en")
                                .with(authentication(as(admin))))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        var all = parseCsv(english.substring(1));
        assertThat(all).hasSize(3);
        assertThat(all.get(0).get(0)).isEqualTo("Title");
        assertThat(all.stream().map(r -> r.get(7)).toList())
                .as("an English spreadsheet reads a decimal point")
                .contains("1500.50");
    }

    /** RFC 4180 with a semicolon: quoted cells may hold separators, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var cell = new StringBuilder();
        var quoted = false;
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theOverviewCountsActiveAndEndingAgreementsPerDepartmentAndLinksToTheList() {
        var department = department(jdbc, "Översiktsförvaltningen");
        var organisation = organisation(jdbc, "Översiktsföreningen");
        var today = agreements.today();
        register(
                department,
                organisation,
                "Aktivt länge",
                AgreementType.IOP,
                AgreementStatus.ACTIVE,
                today.minusYears(1),
                today.plusYears(2));
        register(
                department,
                organisation,
                "Aktivt slutar",
                AgreementType.IOP,
                AgreementStatus.ACTIVE,
                today.minusYears(1),
                today.plusDays(20));
        register(
                department,
                organisation,
                "Utkast slutar",
                AgreementType.IOP,
                AgreementStatus.DRAFT,
                today.minusYears(1),
                today.plusDays(20));

        var figures = overview.figures(new OverviewFilter(department, null, null, null, null));
        assertThat(figures).hasSize(2);
        assertThat(figures.get(0).labelKey()).isEqualTo("collaboration.overview.active");
        assertThat(figures.get(0).total()).isEqualTo(2);
        assertThat(figures.get(0).byDepartment()).containsEntry(department, 2L).hasSize(1);
        assertThat(figures.get(0).link()).isEqualTo("/samverkan/avtal?department=" + department + "&status=ACTIVE");
        assertThat(figures.get(1).total()).isEqualTo(1);
        assertThat(figures.get(1).link()).contains("ending=true").contains("status=ACTIVE");
        var later = overview.figures(
                new OverviewFilter(department, organisation, null, today.plusMonths(2), today.plusMonths(3)));
        assertThat(later.get(0).total()).isEqualTo(1);
        assertThat(later.get(0).link()).contains("organisation=" + organisation).contains("from=");
        var total = overview.figures(OverviewFilter.all()).get(0);
        assertThat(total.total())
                .isEqualTo(total.byDepartment().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theStartPageListsWhatNeedsAttentionAndLinksToEveryPart() throws Exception {
        var department = department(jdbc, "Startförvaltningen");
        var organisation = organisation(jdbc, "Startföreningen");
        var representative = representative(accounts, body, department, "Stina Start");
        var today = agreements.today();
        var t = tag();
        register(
                department,
                organisation,
                "Slutar om en månad " + t,
                AgreementType.IOP,
                AgreementStatus.ACTIVE,
                today.minusYears(1),
                today.plusDays(30));
        var followUp = register(
                department,
                organisation,
                "Uppföljning snart " + t,
                AgreementType.IOP,
                AgreementStatus.ACTIVE,
                today.minusYears(1),
                today.plusYears(2));
        agreements.addFollowUp(followUp, today.plusDays(5), "Snart");
        var calm = register(
                department,
                organisation,
                "Lugnt " + t,
                AgreementType.IOP,
                AgreementStatus.ACTIVE,
                today.minusYears(1),
                today.plusYears(2));
        agreements.addFollowUp(calm, today.plusDays(40), "Senare");

        var start = page("/samverkan", representative);
        assertThat(start)
                .contains("Samverkansorganet")
                .contains("Slutar om en månad " + t)
                .contains("Uppföljning snart " + t)
                .doesNotContain("Lugnt " + t)
                .contains("href=\"/samverkan/avtal\"")
                .contains("href=\"/samverkan/moten\"")
                .contains("href=\"/samverkan/atgarder\"")
                .contains("href=\"/samverkan/oversikt\"")
                .contains("href=\"/samverkan/representanter\"")
                .contains("href=\"/samverkan/avtal/ny\"");
        var coach = staff(accounts, Role.COACH, "Cecilia Coach");
        assertThat(page("/samverkan?lang=en", coach))
                .contains("Needs attention")
                .doesNotContain("href=\"/samverkan/avtal/ny\"");
        mvc.perform(get("/samverkan").with(authentication(as(staff(accounts, Role.COORDINATOR, "Sam")))))
                .andExpect(status().isForbidden());
    }
}
