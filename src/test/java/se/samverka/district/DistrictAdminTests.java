package se.samverka.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.samverka.IntegrationTest;

@IntegrationTest
class DistrictAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Districts districts;

    @Test
    void listsEkerosDistrictsWithNeighbourNames() throws Exception {
        var page = mvc.perform(get("/admin/omraden").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Adelsö").contains("Lovö/Drottningholm").contains("Munsö");
    }

    @Test
    void coordinatorsCannotEditDistricts() throws Exception {
        mvc.perform(get("/admin/omraden").with(user("c").roles("COORDINATOR"))).andExpect(status().isForbidden());
    }

    @Test
    void badInputIsShownNextToTheFieldAndKept() throws Exception {
        var page = mvc.perform(post("/admin/omraden/ny")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("name", "Ekerö centrum")
                        .param("easting", "abc")
                        .param("northing", "6575400")
                        .param("sortOrder", "3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Det finns problem i formuläret")
                .contains("Skriv den östliga koordinaten i meter")
                .contains("Det finns redan ett område med det namnet")
                .contains("value=\"abc\"")
                .contains("value=\"6575400\"")
                .contains("value=\"3\"");
    }

    @Test
    void addingADistrictKeepsNeighboursSymmetric() throws Exception {
        var name = "Testholmen " + System.nanoTime();
        mvc.perform(post("/admin/omraden/ny")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("name", name)
                        .param("easting", "650000")
                        .param("northing", "6590000")
                        .param("sortOrder", "50")
                        .param("neighbours", "adelso"))
                .andExpect(status().is3xxRedirection());
        var added = districts.all().stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(added.neighbourIds()).containsExactly("adelso");
        assertThat(districts.find("adelso").orElseThrow().neighbourIds()).contains(added.id());
    }
}
