package se.samverka.registerimport;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import se.samverka.shared.NotFoundException;

/**
 * The administrators' imports: the upload page with the templates, the preview (which becomes the status page once
 * confirmed, reloaded by hand or polled by htmx), the confirmation and the report download.
 */
@Controller
class ImportController {

    static final String PATH = "/admin/import";
    static final int PAGE = 25;

    private final RegisterImports imports;
    private final SmartValidator validator;
    private final ImportFiles files;

    ImportController(RegisterImports imports, SmartValidator validator, ImportFiles files) {
        this.imports = imports;
        this.validator = validator;
        this.files = files;
    }

    @GetMapping(PATH)
    String start(Model model) {
        model.addAttribute("uploadForm", UploadForm.empty());
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("recent", imports.recent());
        return "registerimport/upload";
    }

    @PostMapping(PATH)
    String upload(
            HttpServletRequest request, Principal principal, Locale locale, Model model, RedirectAttributes redirect)
            throws IOException {
        var bytes = request.getInputStream().readNBytes(UploadBody.MAX_BYTES + 1);
        var body = UploadBody.parse(request.getContentType(), bytes);
        var form =
                body == null ? UploadForm.empty() : new UploadForm(body.fields().get("kind"), body.fileName());
        var errors = new BeanPropertyBindingResult(form, "uploadForm");
        validator.validate(form, errors);
        if (bytes.length > UploadBody.MAX_BYTES) {
            errors.rejectValue("file", "registerimport.file.tooLarge");
        }
        if (!errors.hasErrors()) {
            try {
                var id = imports.upload(
                        ImportKind.ofSlug(form.kind()), form.file(), body.file(), principal.getName(), locale);
                return "redirect:" + PATH + "/" + id;
            } catch (SpreadsheetFile.Unreadable e) {
                errors.rejectValue("file", "registerimport.file." + e.key, new Object[] {e.arg}, null);
            }
        }
        model.addAttribute("uploadForm", form);
        model.addAttribute("org.springframework.validation.BindingResult.uploadForm", errors);
        return page(model);
    }

    @GetMapping(PATH + "/mall/{importKind}")
    ResponseEntity<byte[]> template(@PathVariable("importKind") String kind) {
        var k = ImportKind.ofSlug(kind);
        if (k == null) {
            throw new NotFoundException("Import template");
        }
        return files.template(k);
    }

    @GetMapping(PATH + "/{importId}")
    String show(
            @PathVariable("importId") String id,
            @RequestParam(name = "utfall", required = false) String outcome,
            @RequestParam(name = "sida", defaultValue = "1") String page,
            Model model) {
        var summary = imports.find(parse(id)).orElseThrow(() -> new NotFoundException("Import"));
        var filter = outcome(outcome);
        var total = filter == null ? summary.rowCount() : summary.counts().get(filter);
        var pages = Math.max(1, (total + PAGE - 1) / PAGE);
        var current = Math.min(pages, Math.max(1, number(page)));
        model.addAttribute("summary", summary);
        model.addAttribute("outcome", filter);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("rows", imports.rows(summary.id(), filter, (current - 1) * PAGE, PAGE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", link(summary.id(), filter, current - 1));
        model.addAttribute("next", link(summary.id(), filter, current + 1));
        return "registerimport/preview";
    }

    @PostMapping(PATH + "/{importId}/bekrafta")
    String confirm(@PathVariable("importId") String id, Principal principal, RedirectAttributes redirect) {
        var importId = parse(id);
        imports.find(importId).orElseThrow(() -> new NotFoundException("Import"));
        var started = imports.confirm(importId, principal.getName());
        redirect.addFlashAttribute("flash", started ? "registerimport.flash.started" : "registerimport.flash.already");
        return "redirect:" + PATH + "/" + importId;
    }

    @GetMapping(PATH + "/{importId}/rapport")
    ResponseEntity<byte[]> report(@PathVariable("importId") String id, Locale locale) {
        var summary = imports.find(parse(id)).orElseThrow(() -> new NotFoundException("Import"));
        return files.report(summary, imports.report(summary.id()), locale);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Import");
        }
    }

    private static Outcome outcome(String value) {
        try {
            return value == null || value.isBlank() ? null : Outcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int number(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String link(UUID id, Outcome outcome, int page) {
        var builder = UriComponentsBuilder.fromPath(PATH + "/" + id);
        if (outcome != null) {
            builder.queryParam("utfall", outcome.name());
        }
        return builder.queryParam("sida", page).build().toUriString();
    }
}
