package se.samverka.situation;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.samverka.account.SamverkaUser;
import se.samverka.crisis.Crises;
import se.samverka.shared.NotFoundException;

/**
 * {@code /samordning/lagesrapport}: the crisis' situation reports, 25 a page, newest first; a new one on demand; each
 * report as a page with charts over its tables, and as PDF, XLSX and CSV.
 */
@Controller
class SituationController {

    static final int PAGE_SIZE = 25;

    private final SituationReports reports;
    private final ReportViews views;
    private final ReportFiles files;
    private final Crises crises;
    private final SituationProperties properties;
    private final ReportRecipient recipient;
    private final Clock clock;

    SituationController(
            SituationReports reports,
            ReportViews views,
            ReportFiles files,
            Crises crises,
            SituationProperties properties,
            ReportRecipient recipient,
            Clock clock) {
        this.reports = reports;
        this.views = views;
        this.files = files;
        this.crises = crises;
        this.properties = properties;
        this.recipient = recipient;
        this.clock = clock;
    }

    @GetMapping("/samordning/lagesrapport")
    String list(@RequestParam(name = "sida", defaultValue = "1") String sida, Model model) {
        model.addAttribute("recipientForm", new RecipientForm(recipient.current()));
        return list(sida, model, recipient.current());
    }

    /** The krisledning's address: empty for no e-mail, else an address; the list page again with the error. */
    @PostMapping("/samordning/lagesrapport/mottagare")
    String changeRecipient(
            @Valid @ModelAttribute("recipientForm") RecipientForm form,
            BindingResult errors,
            @AuthenticationPrincipal SamverkaUser user,
            Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors()) {
            return list("1", model, recipient.current());
        }
        recipient.change(form.address(), user.displayName(), clock.instant());
        redirect.addFlashAttribute(
                "flash", form.address().isEmpty() ? "situation.recipient.cleared" : "situation.recipient.saved");
        return "redirect:/samordning/lagesrapport";
    }

    private String list(String sida, Model model, String mailTo) {
        var total = reports.count();
        var pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var page = Math.min(pages, Math.max(1, parse(sida)));
        model.addAttribute("reports", reports.page((page - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("running", crises.current().orElse(null));
        model.addAttribute("dailyAt", properties.dailyAt());
        model.addAttribute("mailTo", mailTo);
        model.addAttribute("recipientChange", recipient.lastChange().orElse(null));
        model.addAttribute("zone", properties.zone());
        return "situation/reports";
    }

    @PostMapping("/samordning/lagesrapport")
    String generate(@AuthenticationPrincipal SamverkaUser user, RedirectAttributes redirect) {
        var made = reports.generate(user.displayName(), clock.instant());
        if (made.isEmpty()) {
            redirect.addFlashAttribute("flash", "situation.noCrisis");
            return "redirect:/samordning/lagesrapport";
        }
        redirect.addFlashAttribute("flash", "situation.generated");
        return "redirect:/samordning/lagesrapport/" + made.get();
    }

    @GetMapping("/samordning/lagesrapport/{reportId}")
    String show(@PathVariable("reportId") String id, Model model, Locale locale) {
        var view = views.of(report(id), locale);
        model.addAttribute("view", view);
        model.addAttribute("author", views.author(view.report(), locale));
        model.addAttribute("period", files.period(view));
        model.addAttribute("generatedAt", files.time(view.report().generatedAt()));
        model.addAttribute(
                "previousAt", view.hasPrevious() ? files.time(view.previous().generatedAt()) : null);
        return "situation/report";
    }

    @GetMapping("/samordning/lagesrapport/{reportId}/lagesrapport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("reportId") String id, Locale locale) {
        var view = views.of(report(id), locale);
        return file(files.pdf(view, locale), MediaType.APPLICATION_PDF, name(view, "pdf"));
    }

    @GetMapping("/samordning/lagesrapport/{reportId}/lagesrapport.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable("reportId") String id, Locale locale) {
        var view = views.of(report(id), locale);
        return file(
                files.xlsx(view, locale),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                name(view, "xlsx"));
    }

    @GetMapping("/samordning/lagesrapport/{reportId}/lagesrapport.csv")
    ResponseEntity<byte[]> csv(@PathVariable("reportId") String id, Locale locale) {
        var view = views.of(report(id), locale);
        return file(files.csv(view, locale), new MediaType("text", "csv", StandardCharsets.UTF_8), name(view, "csv"));
    }

    private Report report(String id) {
        try {
            return reports.find(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("situation report"));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("situation report");
        }
    }

    private String name(ReportView view, String extension) {
        LocalDate day = view.report().generatedAt().atZone(properties.zone()).toLocalDate();
        return "lagesrapport-" + day + "." + extension;
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    private static int parse(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
