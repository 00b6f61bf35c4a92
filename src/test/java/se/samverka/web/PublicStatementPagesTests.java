package se.samverka.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import se.samverka.IntegrationTest;

/** The pages a Swedish authority must publish: the accessibility statement, linked from every page. */
@IntegrationTest
@TestPropertySource(properties = { "samverka.web.accessibility-contact=a11y@kommun.example",
		"samverka.web.accessibility-reviewed=2026-11-29" })
class PublicStatementPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void accessibilityStatementFollowsTheModelStatementInSwedishAndEnglish() throws Exception {
		var sv = page("/tillganglighet", "sv");
		assertThat(sv.select("h1").text()).isEqualTo("Tillgänglighetsredogörelse för Samverka");
		assertThat(sv.select("a#accessibility-contact").attr("href")).isEqualTo("mailto:a11y@kommun.example");
		assertThat(sv.select("a#digg-link").attr("href")).isEqualTo("https://www.digg.se/tdosanmalan");
		assertThat(sv.select("#accessibility-reviewed").text()).contains("2026-11-29");
		assertThat(sv.text()).contains("WCAG 2.1", "axe-core", "skärmläsare", "kontaktcenter",
				"Myndigheten för digital förvaltning");

		var en = page("/tillganglighet", "en");
		assertThat(en.select("h1").text()).isEqualTo("Accessibility statement for Samverka");
		assertThat(en.select("a#accessibility-contact").attr("href")).isEqualTo("mailto:a11y@kommun.example");
		assertThat(en.text()).contains("WCAG 2.1", "screen readers", "last reviewed on 2026-11-29");
	}

	@Test
	void theFooterLinksToTheAccessibilityStatementNextToThePrivacyNotice() throws Exception {
		var home = page("/", "sv");
		assertThat(home.select("footer a[href=/integritet]")).hasSize(1);
		assertThat(home.select("footer a[href=/tillganglighet]").text()).isEqualTo("Tillgänglighet");
	}

	Document page(String path, String language) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).cookie(new Cookie("samverka-lang", language)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}
}
