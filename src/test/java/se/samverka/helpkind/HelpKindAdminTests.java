package se.samverka.helpkind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.samverka.IntegrationTest;
import se.samverka.shared.HelpKind;

/** The administrator's page of kinds of help: /admin/hjalpformer. */
@IntegrationTest
class HelpKindAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    HelpKinds kinds;

    @Autowired
    HelpKindCommands kindCommands;

    private final List<HelpKind> added = new ArrayList<>();

    @AfterEach
    void retireWhatWasAdded() {
        added.forEach(kindCommands::retire);
    }

    private static String tag() {
        return String.valueOf(System.nanoTime() % 1_000_000);
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void listsEveryKindInOrderWithItsLevelForAdministratorsOnly() throws Exception {
        var list = page(get("/admin/hjalpformer"));
        assertThat(list.select("#help-kinds tbody th").eachText())
                .startsWith("Handling", "Apoteksärende", "Annat ärende", "Telefonsällskap", "Skjuts");
        assertThat(list.select("#kind-SHOPPING").text()).contains("Shopping").contains("Erbjuds");
        assertThat(list.select("#kind-SHOPPING form[action$=/upp]"))
                .as("the first cannot move up")
                .isEmpty();
        mvc.perform(get("/admin/hjalpformer").with(user("c").roles("COORDINATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/hjalpformer/SHOPPING/pensionera")
                        .with(user("c").roles("COORDINATOR"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(kinds.isActive(HelpKind.SHOPPING)).isTrue();
    }

    @Test
    void addsAKindFromTheFormAndShowsItOnTheSignUpForm() throws Exception {
        var tag = tag();
        mvc.perform(post("/admin/hjalpformer/ny")
                        .with(user("admin").roles("ADMIN"))
                        .with(csrf())
                        .param("nameSv", "Snöskottning " + tag)
                        .param("nameEn", "Snow clearing " + tag)
                        .param("code", "")
                        .param("safeguardingLevel", "1"))
                .andExpect(redirectedUrl("/admin/hjalpformer"));
        var snow = HelpKind.valueOf("SNOSKOTTNING_" + tag);
        added.add(snow);
        assertThat(kinds.safeguardingLevel(snow)).isEqualTo(1);
        var signup = Jsoup.parse(
                mvc.perform(get("/bli-volontar")).andReturn().getResponse().getContentAsString());
        assertThat(signup.select("#kinds-field label").eachText()).last().isEqualTo("Snöskottning " + tag);
        assertThat(signup.select("#kinds-field input[value=SNOSKOTTNING_" + tag + "]"))
                .hasSize(1);
    }

    @Test
    void errorsShowNextToTheFieldAndNothingTypedIsLost() throws Exception {
        var tag = tag();
        var form = page(post("/admin/hjalpformer/ny")
                .with(csrf())
                .param("nameSv", "handling")
                .param("nameEn", "Groceries " + tag)
                .param("code", "fel kod")
                .param("safeguardingLevel", "2"));
        assertThat(form.select("#error-summary")).hasSize(1);
        assertThat(form.select("#code-error").text()).contains("stora bokstäver");
        assertThat(form.select("#code").val()).isEqualTo("fel kod");
        assertThat(form.select("#nameEn").val()).isEqualTo("Groceries " + tag);
        assertThat(form.select("input[name=safeguardingLevel][checked]").val()).isEqualTo("2");

        var taken = page(post("/admin/hjalpformer/ny")
                .with(csrf())
                .param("nameSv", "handling")
                .param("nameEn", "Groceries " + tag)
                .param("code", "")
                .param("safeguardingLevel", "1"));
        assertThat(taken.select("#nameSv-error").text()).isEqualTo("Det finns redan en hjälpform med det namnet");
        assertThat(taken.select("#nameSv").val()).isEqualTo("handling");

        var english = page(post("/admin/hjalpformer/ny")
                .with(csrf())
                .cookie(new Cookie("samverka-lang", "en"))
                .param("nameSv", "")
                .param("nameEn", "Groceries " + tag)
                .param("code", "")
                .param("safeguardingLevel", "1"));
        assertThat(english.select("#nameSv-error").text()).isEqualTo("Enter the name in Swedish");
    }

    @Test
    void renamesSetsTheLevelMovesRetiresAfterAConfirmationAndRestores() throws Exception {
        var tag = tag();
        var dog = kindCommands.add("Hundpromenad " + tag, "Dog walk " + tag, null, 0);
        added.add(dog);
        var admin = user("admin").roles("ADMIN");
        mvc.perform(post("/admin/hjalpformer/{c}", dog.code())
                        .with(admin)
                        .with(csrf())
                        .param("nameSv", "Rasta hund " + tag)
                        .param("nameEn", "Dog walking " + tag)
                        .param("code", dog.code())
                        .param("safeguardingLevel", "2"))
                .andExpect(redirectedUrl("/admin/hjalpformer"));
        assertThat(kinds.name(dog, HelpKindsTests.SV)).isEqualTo("Rasta hund " + tag);
        assertThat(kinds.name(dog, HelpKindsTests.EN)).isEqualTo("Dog walking " + tag);
        assertThat(kinds.safeguardingLevel(dog)).isEqualTo(2);

        mvc.perform(post("/admin/hjalpformer/{c}/upp", dog.code()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/hjalpformer"));
        var order = kinds.all().stream().map(KindOfHelp::kind).toList();
        assertThat(order.indexOf(dog)).isEqualTo(order.size() - 2);
        mvc.perform(post("/admin/hjalpformer/{c}/ned", dog.code()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/hjalpformer"));
        assertThat(kinds.all()).last().extracting(KindOfHelp::kind).isEqualTo(dog);

        var confirm = page(get("/admin/hjalpformer/{c}/pensionera", dog.code()));
        assertThat(confirm.select("h1").text()).isEqualTo("Sluta erbjuda Rasta hund " + tag + "?");
        assertThat(kinds.isActive(dog)).as("asking changes nothing").isTrue();
        mvc.perform(post("/admin/hjalpformer/{c}/pensionera", dog.code())
                        .with(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/hjalpformer"));
        assertThat(kinds.isActive(dog)).isFalse();
        assertThat(page(get("/admin/hjalpformer")).select("#kind-" + dog.code()).text())
                .contains("Erbjuds inte längre");
        mvc.perform(post("/admin/hjalpformer/{c}/aterta", dog.code())
                        .with(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/hjalpformer"));
        assertThat(kinds.isActive(dog)).isTrue();
    }

    @Test
    void anUnknownKindIsNotFound() throws Exception {
        mvc.perform(get("/admin/hjalpformer/NO_SUCH_KIND").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/hjalpformer/inte-en-kod").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
    }
}
