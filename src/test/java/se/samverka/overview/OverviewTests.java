package se.samverka.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.account.Role;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;
import se.samverka.helprequest.HelpRequests;
import se.samverka.organisation.Departments;
import se.samverka.shared.SemicolonCsv;

/**
 * The overview against a data set of its own (see {@link OverviewSeed}): every figure against counts computed here
 * from the seed lists, the filters, the lists and their CSV files, and no resident's personal data anywhere.
 */
@IntegrationTest
class OverviewTests {

    static final Locale SV = Locale.forLanguageTag("sv");
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    HelpRequests helpRequests;

    @Autowired
    Departments departments;

    @Autowired
    List<OverviewSection> sections;

    @Autowired
    MessageSource messages;

    OverviewSeed seed;

    @BeforeEach
    void seed() {
        seed = new OverviewSeed().insert(jdbc, districts, helpRequests);
    }

    // ---- the figures, straight from the sections

    @Test
    void effortFiguresCountPublishedEffortsAndDistinctConfirmedVolunteersPerDepartment() {
        for (var filter : List.of(
                filter(null, null, null, null),
                filter("sof", null, null, null),
                filter(null, seed.organisation, null, null),
                filter(null, null, seed.today.minusDays(5), seed.today),
                filter(null, null, seed.today.minusDays(5), seed.today.plusDays(3)),
                filter("kff", null, seed.today.minusDays(500), seed.today.minusDays(200)))) {
            var figures = figures("effort.overview.title", filter);
            var efforts = figure(figures, "effort.overview.active");
            var volunteers = figure(figures, "effort.overview.volunteers");

            assertThat(efforts.total())
                    .as("efforts under %s", filter)
                    .isEqualTo(activeEfforts(filter).size());
            assertThat(volunteers.total()).as("volunteers under %s", filter).isEqualTo(volunteers(filter, null));
            for (var department : departments.active()) {
                assertThat(efforts.byDepartment().get(department.id()))
                        .as("efforts of %s under %s", department.id(), filter)
                        .isEqualTo(activeEfforts(filter).stream()
                                .filter(e -> department.id().equals(e.department()))
                                .count());
                assertThat(volunteers.byDepartment().get(department.id()))
                        .as("volunteers of %s under %s", department.id(), filter)
                        .isEqualTo(volunteers(filter, department.id()));
            }
        }
        // the data set is built so that these hold; if they did not, the loop above would prove little
        var all = figures("effort.overview.title", filter(null, null, null, null));
        assertThat(figure(all, "effort.overview.active").total()).isEqualTo(5);
        assertThat(figure(all, "effort.overview.active").byDepartment())
                .containsEntry("sof", 2L)
                .containsEntry("kff", 2L);
        assertThat(figure(all, "effort.overview.volunteers").total()).isEqualTo(5);
        assertThat(figure(all, "effort.overview.volunteers").byDepartment())
                .containsEntry("sof", 2L)
                .containsEntry("kff", 3L);
    }

    @Test
    void referralFiguresCountRequestsAndEachOfferByOutcome() {
        for (var filter : List.of(
                filter(null, null, null, null),
                filter(null, seed.organisation, null, null),
                filter(null, seed.otherOrganisation, null, null),
                filter(null, null, seed.today.minusDays(5), seed.today),
                filter(null, null, seed.today.minusDays(500), seed.today.minusDays(200)))) {
            var figures = figures("referral.overview.title", filter);
            var offers = referrals(filter);

            assertThat(figure(figures, "referral.overview.requests").total())
                    .as("requests under %s", filter)
                    .isEqualTo(offers.stream()
                            .map(OverviewSeed.SeedReferral::request)
                            .distinct()
                            .count());
            assertThat(figure(figures, "referral.overview.offers").total()).isEqualTo(offers.size());
            for (var outcome : List.of("ACCEPTED", "DECLINED", "EXPIRED", "OPEN", "WITHDRAWN")) {
                var figure = figure(figures, "referral.overview.outcome." + outcome);
                assertThat(figure.total())
                        .as("%s under %s", outcome, filter)
                        .isEqualTo(offers.stream()
                                .filter(r -> r.expectedOutcome().equals(outcome))
                                .count());
                assertThat(figure.byDepartment())
                        .as("referrals belong to no department")
                        .isEmpty();
            }
        }
        var all = figures("referral.overview.title", filter(null, null, null, null));
        assertThat(figure(all, "referral.overview.outcome.EXPIRED").total()).isEqualTo(2);
        assertThat(figure(all, "referral.overview.requests").total()).isEqualTo(5);
    }

    @Test
    void ideaFiguresCountIdeasInEachConfiguredStage() {
        for (var filter : List.of(
                filter(null, null, null, null),
                filter(null, seed.organisation, null, null),
                filter(null, null, seed.today.minusDays(5), seed.today))) {
            var figures = figures("idea.overview.title", filter);
            assertThat(figures)
                    .extracting(OverviewFigure::labelKey)
                    .contains("idea.stage.NEW", "idea.stage.DEVELOPING", "idea.stage.CLOSED");
            for (var figure : figures) {
                var stage = figure.labelKey().substring("idea.stage.".length());
                assertThat(figure.total())
                        .as("%s under %s", stage, filter)
                        .isEqualTo(ideas(filter).stream()
                                .filter(i -> i.stage().equals(stage))
                                .count());
            }
        }
        assertThat(figure(figures("idea.overview.title", filter(null, null, null, null)), "idea.stage.NEW")
                        .total())
                .isEqualTo(3);
    }

    // ---- the page

    @Test
    void pageShowsEverySectionAndLinksEachDepartmentCellToItsList() throws Exception {
        var html = page("/samverkan/oversikt?distrikt=" + seed.district).getContentAsString();

        assertThat(html)
                .contains(
                        t("effort.overview.title"),
                        t("referral.overview.title"),
                        t("idea.overview.title"),
                        "Socialförvaltningen",
                        t("overview.notByDepartment"));
        assertThat(html)
                .contains("href=\"/samverkan/oversikt/insatser?distrikt=" + seed.district + "&amp;forvaltning=sof\"");
        assertThat(html)
                .contains(
                        "href=\"/samverkan/oversikt/hanvisningar?distrikt=" + seed.district + "&amp;utfall=ACCEPTED\"");
        assertThat(html).contains("href=\"/samverkan/oversikt/ideer?distrikt=" + seed.district + "&amp;steg=NEW\"");

        var sofList = csv("/samverkan/oversikt/insatser.csv?distrikt=" + seed.district + "&forvaltning=sof");
        assertThat(titles(sofList))
                .containsExactlyInAnyOrderElementsOf(activeEfforts(filter("sof", null, null, null)).stream()
                        .map(OverviewSeed.SeedEffort::title)
                        .toList());
    }

    @Test
    void aFromDateAfterTheToDateIsReportedNextToTheFieldAndThePageStillShowsTheFigures() throws Exception {
        var html = page("/samverkan/oversikt?distrikt=" + seed.district + "&fran=2026-05-10&till=2026-05-01")
                .getContentAsString();

        assertThat(html)
                .contains(
                        "id=\"till-error\"",
                        t("overview.filter.to.beforeFrom"),
                        "id=\"error-summary\"",
                        "value=\"2026-05-10\"",
                        t("effort.overview.active"));
        assertThat(page("/samverkan/oversikt?fran=igår").getContentAsString())
                .contains("id=\"fran-error\"", t("overview.filter.date.invalid"));
    }

    @Test
    void noResidentsPersonalDataOnTheOverviewItsListsOrTheirFiles() throws Exception {
        var query = "?distrikt=" + seed.district;
        for (var path : List.of(
                "/samverkan/oversikt",
                "/samverkan/oversikt/insatser",
                "/samverkan/oversikt/hanvisningar",
                "/samverkan/oversikt/ideer",
                "/samverkan/oversikt.csv",
                "/samverkan/oversikt/insatser.csv",
                "/samverkan/oversikt/hanvisningar.csv",
                "/samverkan/oversikt/ideer.csv")) {
            var body = page(path + query).getContentAsString(StandardCharsets.UTF_8);
            assertThat(body)
                    .as(path)
                    .doesNotContain(
                            seed.residentName,
                            seed.residentAddress,
                            seed.requestText,
                            seed.submitterName,
                            "701234567",
                            "123 45 67",
                            "ide-" + seed.tag);
        }
        // the pages did show the seeded data, only not the persons
        assertThat(page("/samverkan/oversikt/hanvisningar" + query).getContentAsString())
                .contains(seed.organisationName, seed.otherOrganisationName);
    }

    // ---- the lists' CSV files

    @Test
    void effortCsvListsEachActiveEffortWithItsVolunteers() throws Exception {
        var response = page("/samverkan/oversikt/insatser.csv?distrikt=" + seed.district);
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("insatser-" + LocalDate.now(ZONE) + ".csv");
        var rows = SemicolonCsv.parse(response.getContentAsByteArray());

        assertThat(rows.get(0))
                .containsExactly(
                        t("effort.overview.column.title"),
                        t("effort.overview.column.owner"),
                        t("effort.overview.column.districts"),
                        t("effort.overview.column.start"),
                        t("effort.overview.column.end"),
                        t("effort.overview.column.status"),
                        t("effort.overview.column.volunteers"));
        var expected = activeEfforts(filter(null, null, null, null)).stream()
                .map(e -> List.of(
                        e.title(),
                        e.organisation() == null
                                ? departments.find(e.department()).orElseThrow().name()
                                : seed.organisationName,
                        seed.districtName,
                        e.start().toString(),
                        e.end().toString(),
                        t("effort.status.PUBLISHED"),
                        Long.toString(volunteersOf(e))))
                .toList();
        assertThat(rows.subList(1, rows.size())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void referralCsvListsEachOfferWithoutTheResident() throws Exception {
        var rows = csv("/samverkan/oversikt/hanvisningar.csv?distrikt=" + seed.district + "&fran="
                + seed.today.minusDays(30) + "&till=" + seed.today);

        var expected = referrals(filter(null, null, seed.today.minusDays(30), seed.today)).stream()
                .map(r -> List.of(
                        r.organisationName(),
                        t(r.kind().messageKey()),
                        seed.districtName,
                        LocalDate.ofInstant(r.offeredAt(), ZONE).toString(),
                        LocalDate.ofInstant(r.deadline(), ZONE).toString(),
                        "OFFERED".equals(r.status())
                                ? ""
                                : LocalDate.ofInstant(r.offeredAt().plusSeconds(3600), ZONE)
                                        .toString(),
                        t("referral.overview.outcome." + r.expectedOutcome())))
                .toList();
        assertThat(expected).hasSize(6);
        assertThat(rows.subList(1, rows.size())).containsExactlyInAnyOrderElementsOf(expected);

        var accepted = csv("/samverkan/oversikt/hanvisningar.csv?distrikt=" + seed.district + "&utfall=ACCEPTED");
        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(1).get(0)).isEqualTo(seed.organisationName);
    }

    @Test
    void ideaCsvListsTheIdeasOfAStage() throws Exception {
        var rows = csv("/samverkan/oversikt/ideer.csv?distrikt=" + seed.district + "&steg=NEW&organisation="
                + seed.organisation);

        assertThat(rows.subList(1, rows.size()))
                .containsExactly(List.of(
                        "Cykelverkstad " + seed.tag,
                        t("idea.stage.NEW"),
                        seed.districtName,
                        LocalDate.ofInstant(seed.ideas.get(1).createdAt(), ZONE).toString()));
    }

    @Test
    void listsShowTwentyFiveRowsAPageAndTheCsvHasThemAll() throws Exception {
        for (int i = 0; i < 22; i++) {
            seed.idea(jdbc, "Extra idé " + i, "NEW", seed.now.minusSeconds(60 * i), null);
        }
        var total = seed.ideas.size();
        var base = "/samverkan/oversikt/ideer?distrikt=" + seed.district;

        var first = page(base).getContentAsString();
        var second = page(base + "&sida=2").getContentAsString();

        assertThat(total).isEqualTo(27);
        assertThat(first).contains(t("overview.list.pageOf", 1, 2), "sida=2");
        assertThat(second).contains(t("overview.list.pageOf", 2, 2));
        var rowsOnFirst = first.split("<tr>").length - 2;
        var rowsOnSecond = second.split("<tr>").length - 2;
        assertThat(rowsOnFirst).isEqualTo(25);
        assertThat(rowsOnSecond).isEqualTo(total - 25);
        assertThat(csv(base.replace("/ideer", "/ideer.csv"))).hasSize(total + 1);
    }

    @Test
    void overviewCsvHasTheFiguresPerDepartmentAndTheTotal() throws Exception {
        var rows = csv("/samverkan/oversikt.csv?distrikt=" + seed.district);

        var header = rows.get(0);
        var sof = header.indexOf("Socialförvaltningen");
        var total = header.indexOf(t("overview.total"));
        assertThat(sof).isPositive();
        var active = rows.stream()
                .filter(r -> r.get(1).equals(t("effort.overview.active")))
                .findFirst()
                .orElseThrow();
        assertThat(active.get(sof))
                .isEqualTo(Long.toString(
                        activeEfforts(filter("sof", null, null, null)).size()));
        assertThat(active.get(total))
                .isEqualTo(Long.toString(
                        activeEfforts(filter(null, null, null, null)).size()));
        var accepted = rows.stream()
                .filter(r -> r.get(1).equals(t("referral.overview.outcome.ACCEPTED")))
                .findFirst()
                .orElseThrow();
        assertThat(accepted.get(sof)).as("not by department").isEmpty();
        assertThat(accepted.get(total)).isEqualTo("1");
    }

    @Test
    void aDepartmentRepresentativeSeesTheOverviewAndACoordinatorDoesNot() throws Exception {
        var representative = new SamverkaUser(
                UUID.randomUUID(), "rep-" + seed.tag, "x", Role.DEPARTMENT_REPRESENTATIVE, "Representant", true);
        var coordinator =
                new SamverkaUser(UUID.randomUUID(), "coord-" + seed.tag, "x", Role.COORDINATOR, "Samordnare", true);

        assertThat(mvc.perform(get("/samverkan/oversikt").with(authentication(token(representative))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/samverkan/oversikt").with(authentication(token(coordinator))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    // ---- expectations from the seed lists

    private OverviewFilter filter(String department, UUID organisation, LocalDate from, LocalDate to) {
        return new OverviewFilter(department, organisation, seed.district, from, to);
    }

    private List<OverviewSeed.SeedEffort> activeEfforts(OverviewFilter f) {
        return seed.efforts.stream()
                .filter(e -> e.status().equals("PUBLISHED"))
                .filter(e -> f.departmentId() == null || f.departmentId().equals(e.department()))
                .filter(e -> f.organisationId() == null || f.organisationId().equals(e.organisation()))
                .filter(e -> f.from() == null || !e.end().isBefore(f.from()))
                .filter(e -> f.to() == null || !e.start().isAfter(f.to()))
                .toList();
    }

    private long volunteers(OverviewFilter f, String department) {
        return seed.signups.stream()
                .filter(s -> activeEfforts(f).contains(s.effort()))
                .filter(s -> department == null || department.equals(s.effort().department()))
                .filter(s -> s.status().equals("CONFIRMED"))
                .filter(s -> f.from() == null || !s.effort().shiftDate().isBefore(f.from()))
                .filter(s -> f.to() == null || !s.effort().shiftDate().isAfter(f.to()))
                .map(OverviewSeed.SeedSignup::volunteer)
                .distinct()
                .count();
    }

    private long volunteersOf(OverviewSeed.SeedEffort effort) {
        return seed.signups.stream()
                .filter(s -> s.effort().equals(effort) && s.status().equals("CONFIRMED"))
                .map(OverviewSeed.SeedSignup::volunteer)
                .distinct()
                .count();
    }

    private List<OverviewSeed.SeedReferral> referrals(OverviewFilter f) {
        return seed.referrals.stream()
                .filter(r -> f.organisationId() == null || f.organisationId().equals(r.organisation()))
                .filter(r -> f.from() == null
                        || !r.offeredAt().isBefore(f.from().atStartOfDay(ZONE).toInstant()))
                .filter(r -> f.to() == null
                        || r.offeredAt()
                                .isBefore(f.to().plusDays(1).atStartOfDay(ZONE).toInstant()))
                .toList();
    }

    private List<OverviewSeed.SeedIdea> ideas(OverviewFilter f) {
        return seed.ideas.stream()
                .filter(i -> f.organisationId() == null || f.organisationId().equals(i.organisation()))
                .filter(i -> f.from() == null
                        || !i.createdAt().isBefore(f.from().atStartOfDay(ZONE).toInstant()))
                .filter(i -> f.to() == null
                        || i.createdAt()
                                .isBefore(f.to().plusDays(1).atStartOfDay(ZONE).toInstant()))
                .toList();
    }

    // ---- plumbing

    private List<OverviewFigure> figures(String titleKey, OverviewFilter filter) {
        return sections.stream()
                .filter(s -> s.titleKey().equals(titleKey))
                .findFirst()
                .orElseThrow()
                .figures(filter);
    }

    private static OverviewFigure figure(List<OverviewFigure> figures, String labelKey) {
        return figures.stream()
                .filter(f -> f.labelKey().equals(labelKey))
                .findFirst()
                .orElseThrow();
    }

    private MockHttpServletResponse page(String url) throws Exception {
        var admin = new SamverkaUser(UUID.randomUUID(), "admin-oversikt-" + seed.tag, "x", Role.ADMIN, "Admin", true);
        var response = mvc.perform(get(url).with(authentication(token(admin))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response;
    }

    private List<List<String>> csv(String url) throws Exception {
        return SemicolonCsv.parse(page(url).getContentAsByteArray());
    }

    private static List<String> titles(List<List<String>> rows) {
        return rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
    }

    private static UsernamePasswordAuthenticationToken token(SamverkaUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, SV);
    }
}
