package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApplicationSmokeTests {

	@Autowired
	MockMvc mvc;

	@Test
	void servesStartPageInSwedishByDefaultAndEnglishOnRequest() throws Exception {
		var swedish = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(swedish).contains("Tillsammans kan vi mer").contains("lang=\"sv\"");
		var english = mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(english).contains("Together we can do more");
	}

	@Test
	void anonymousVisitorOfUnknownPageIsAskedToLogIn() throws Exception {
		mvc.perform(get("/finns-inte")).andExpect(status().is3xxRedirection());
	}

	@Test
	@org.springframework.security.test.context.support.WithMockUser(roles = "COORDINATOR")
	void unknownPageGetsFriendlyNotFound() throws Exception {
		var page = mvc.perform(get("/samordning/finns-inte")).andExpect(status().isNotFound()).andReturn();
		assertThat(page.getResponse().getErrorMessage()).doesNotContain("Exception");
	}
}
