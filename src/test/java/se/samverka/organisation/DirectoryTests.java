package se.samverka.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.samverka.organisation.OrganisationFixtures.email;
import static se.samverka.organisation.OrganisationFixtures.unique;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;
import se.samverka.district.Districts;

@IntegrationTest
class DirectoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationRegister register;

    @Autowired
    Districts districts;

    @Test
    void onlyApprovedOrganisationsAreListedAndFiltersNarrowTheList() throws Exception {
        var district = districts.save(null, unique("Katalogholmen"), 650000, 6590000, 90, Set.of());
        var token = "Zq" + System.nanoTime();
        var sport = approved(unique("Idrottsklubben " + token), district, "SPORT");
        var choir = approved(unique("Kören " + token), district, "CULTURE");
        var pending =
                withDistrict(unique("Väntande " + token), district, "SPORT").applyWith(register, Locale.ROOT);
        var rejected =
                withDistrict(unique("Avslagna " + token), district, "SPORT").applyWith(register, Locale.ROOT);
        register.decide(rejected, OrganisationStatus.REJECTED, "Inte ideell", "test");

        var all = page("/foreningar?omrade=" + district);
        assertThat(all)
                .contains(name(sport))
                .contains(name(choir))
                .doesNotContain(name(pending))
                .doesNotContain(name(rejected))
                .contains("2 organisationer");
        assertThat(page("/foreningar?omrade=" + district + "&verksamhet=SPORT"))
                .contains(name(sport))
                .doesNotContain(name(choir));
        var search = mvc.perform(get("/foreningar").param("q", "KÖREN " + token))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(search).contains(name(choir)).doesNotContain(name(sport));
        assertThat(page("/foreningar?q=" + token + "&omrade=" + district + "&verksamhet=FAITH"))
                .contains("Vi hittade ingen organisation")
                .contains("Inga organisationer");
        // nonsense filters are ignored rather than failing
        mvc.perform(get("/foreningar?verksamhet=NONSENSE&sida=x")).andExpect(status().isOk());
    }

    @Test
    void anApprovedOrganisationHasAPublicPageWithItsNamedContactOnly() throws Exception {
        var district = districts.save(null, unique("Sidholmen"), 650000, 6590000, 91, Set.of());
        var id = approved(unique("Sidföreningen"), district, "HEALTH");
        var page = page("/foreningar/" + id);
        assertThat(page)
                .contains(name(id))
                .contains("Promenader och handling varje tisdag.")
                .contains("Hälsa")
                .contains("https://example.org")
                .contains("info@example.org")
                .contains("08-560 123 45")
                .contains("Anna Ansökare");
        // the applicant stops being a contact: the page shows no person at all
        var account = jdbc.sql("SELECT account_id FROM organisation_member WHERE organisation_id = ?")
                .param(id)
                .query(java.util.UUID.class)
                .single();
        jdbc.sql("UPDATE organisation_member SET is_contact = FALSE WHERE account_id = ?")
                .param(account)
                .update();
        assertThat(page("/foreningar/" + id)).doesNotContain("Anna Ansökare").doesNotContain("Kontaktpersoner");
    }

    @Test
    void pendingRejectedAndUnknownOrganisationsAreNotFound() throws Exception {
        var pending = OrganisationFixtures.applied(register, unique("Dold väntande"), email("d"));
        var rejected = OrganisationFixtures.applied(register, unique("Dold avslagen"), email("e"));
        register.decide(rejected, OrganisationStatus.REJECTED, "Nej", "test");
        mvc.perform(get("/foreningar/{id}", pending)).andExpect(status().isNotFound());
        mvc.perform(get("/foreningar/{id}", rejected)).andExpect(status().isNotFound());
        mvc.perform(get("/foreningar/{id}", java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/foreningar/inte-ett-id")).andExpect(status().isNotFound());
    }

    @Test
    void theDirectoryPagesThroughManyOrganisations() throws Exception {
        var district = districts.save(null, unique("Sidnummerholmen"), 650000, 6590000, 92, Set.of());
        for (int i = 0; i < Directory.PAGE_SIZE + 1; i++) {
            approved(unique("Förening " + i), district, "ENVIRONMENT");
        }
        var first = page("/foreningar?omrade=" + district);
        assertThat(first).contains("Sida 1 av 2").contains("Nästa sida").contains("21 organisationer");
        var second = page("/foreningar?omrade=" + district + "&sida=2");
        assertThat(second).contains("Sida 2 av 2").contains("Föregående sida").doesNotContain("Nästa sida");
    }

    private java.util.UUID approved(String name, String district, String activity) {
        var id = withDistrict(name, district, activity).applyWith(register, Locale.ROOT);
        register.decide(id, OrganisationStatus.APPROVED, null, "test");
        return id;
    }

    private String name(java.util.UUID id) {
        return jdbc.sql("SELECT name FROM organisation WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    private static DetailsInput withDistrict(String name, String district, String activity) {
        var d = OrganisationFixtures.details(name, email("k"));
        return new DetailsInput(
                d.name(),
                d.orgNumber(),
                d.form(),
                d.purpose(),
                Set.of(district),
                Set.of(activity),
                d.website(),
                d.email(),
                d.phone(),
                d.contactName(),
                d.contactEmail(),
                null);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
