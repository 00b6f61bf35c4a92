package se.samverka.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.shared.NotFoundException;

/**
 * The logged-in volunteer's own data: everything Samverka holds about them, as a page and as a JSON file, and
 * erasure on request. No URL takes an id: it is always the person behind the login. The person reading their own
 * data is not written to the audit log, which would otherwise keep their login name.
 */
@Controller
class MyDataController {

    private final DataSubjectRights rights;
    private final Clock clock;

    MyDataController(DataSubjectRights rights, Clock clock) {
        this.rights = rights;
        this.clock = clock;
    }

    @GetMapping("/mina-sidor/mina-uppgifter")
    String page(Authentication user, Model model) {
        var me = me(user);
        model.addAttribute("sections", rights.export(me));
        return "privacy/my-data";
    }

    @GetMapping(value = "/mina-sidor/mina-uppgifter.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> download(Authentication user) {
        var me = me(user);
        var sections = new LinkedHashMap<String, Map<String, Object>>();
        for (var section : rights.export(me)) {
            sections.computeIfAbsent(section.module(), m -> new LinkedHashMap<>())
                    .put(section.name(), section.rows());
        }
        var body = new LinkedHashMap<String, Object>();
        body.put(
                "person",
                Map.of("kind", me.ref().kind().name(), "id", me.ref().id().toString()));
        body.put("exportedAt", clock.instant().toString());
        body.put("sections", sections);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mina-uppgifter-samverka.json")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    @GetMapping("/mina-sidor/radera")
    String erasePage(Authentication user, Model model) {
        var me = me(user);
        model.addAttribute("eraseForm", new EraseForm(null));
        model.addAttribute("consequences", rights.erasureConsequences(me));
        return "privacy/erase";
    }

    @PostMapping("/mina-sidor/radera")
    String erase(
            Authentication user,
            @Valid @ModelAttribute("eraseForm") EraseForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var me = me(user);
        if (result.hasErrors()) {
            model.addAttribute("consequences", rights.erasureConsequences(me));
            return "privacy/erase";
        }
        var report = rights.erase(me, "request.self-service", true);
        new SecurityContextLogoutHandler().logout(request, response, user);
        redirect.addFlashAttribute("kept", report.kept());
        return "redirect:/bli-volontar/raderad";
    }

    /** After erasure the person is logged out; what was kept comes along as a flash attribute. */
    @GetMapping("/bli-volontar/raderad")
    String erased(Model model) {
        if (!model.containsAttribute("kept")) {
            model.addAttribute("kept", new ErasureReport(null, List.of()).kept());
        }
        return "privacy/erased";
    }

    private PersonIdentity me(Authentication user) {
        if (user == null) {
            throw new NotFoundException("Volunteer");
        }
        return rights.identifyLogin(user.getName()).orElseThrow(() -> new NotFoundException("Volunteer"));
    }
}
