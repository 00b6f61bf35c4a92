package se.samverka.helprequest;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator takes a request on the phone. The coordinator triages while talking, so the request is
 * OPEN at once. The legal basis is the municipality's public task, so there is no consent box to tick.
 */
@Controller
@RequestMapping("/samordning/telefon")
class PhoneIntakeController {

	private final HelpRequests helpRequests;
	private final FormOptions options;
	private final Clock clock;

	PhoneIntakeController(HelpRequests helpRequests, FormOptions options, Clock clock) {
		this.helpRequests = helpRequests;
		this.options = options;
		this.clock = clock;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", HelpRequestForm.phoneDefaults(LocalDate.now(clock)));
		return page(model);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") HelpRequestForm form, BindingResult result, Model model,
			Principal coordinator, RedirectAttributes redirect) {
		FormRules.check(form, LocalDate.now(clock), options::knownDistrict, result);
		if (result.hasErrors()) {
			// the bound form and its errors are in the model already; adding the form again would drop the errors
			return page(model);
		}
		var request = helpRequests.submit(form.toNewHelpRequest(Channel.PHONE), coordinator.getName());
		redirect.addFlashAttribute("flash", "helprequest.phone.saved");
		return "redirect:/samordning/arenden/" + request.id();
	}

	private String page(Model model) {
		options.addTo(model);
		return "helprequest/phone";
	}
}
