package se.samverka.desk;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.audit.AuditAction;
import se.samverka.audit.AuditLog;
import se.samverka.helpkind.HelpKinds;
import se.samverka.onboarding.OnboardingStep;
import se.samverka.shared.CsvTable;
import se.samverka.shared.PersonRef;

/**
 * The volunteer register for coordinators: a filtered, paged list (25 a page) whose filter is a GET form, so a
 * view can be bookmarked and works without JavaScript; htmx swaps only the results. The same filter downloads as
 * a CSV file or an Excel workbook, audited as an export of each volunteer in it.
 */
@Controller
class RegisterController {

    /** Why staff read the register. */
    static final String PURPOSE = "volunteer.coordination";

    private final VolunteerRegister register;
    private final RegisterChoices choices;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;
    private final HelpKinds kinds;

    RegisterController(
            VolunteerRegister register,
            RegisterChoices choices,
            AuditLog audit,
            MessageSource messages,
            Clock clock,
            HelpKinds kinds) {
        this.kinds = kinds;
        this.register = register;
        this.choices = choices;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(RegisterFilter.PATH)
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String check,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String step,
            @RequestParam(required = false) String page,
            @RequestParam(name = "alla", required = false) String all,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            Model model,
            HttpServletResponse response) {
        var filter = RegisterFilter.parse(q, district, knownKind(kind), language, check, status, from, to, step, page);
        var results = register.page(filter);
        choices.addTo(model);
        model.addAttribute("filter", filter);
        model.addAttribute("results", results);
        model.addAttribute("selectAll", all != null);
        model.addAttribute("maxExport", VolunteerRegister.MAX_EXPORT);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("steps", List.of(OnboardingStep.values()));
        response.addHeader("Vary", "HX-Request");
        if (htmx != null && historyRestore == null) {
            return "desk/register :: results";
        }
        return "desk/register";
    }

    @GetMapping(RegisterFilter.PATH + "/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String check,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String step,
            Locale locale) {
        var filter = RegisterFilter.parse(q, district, knownKind(kind), language, check, status, from, to, step, null);
        var table = table(filter, locale);
        return download(
                new CsvTable(table.header(), table.rows()).toBytes(),
                "csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                locale);
    }

    /** The same list as an Excel workbook, for those whose Excel mangles CSV. */
    @GetMapping(RegisterFilter.PATH + "/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String check,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String step,
            Locale locale) {
        var filter = RegisterFilter.parse(q, district, knownKind(kind), language, check, status, from, to, step, null);
        var table = table(filter, locale);
        return download(
                XlsxTable.toBytes(text("desk.export.sheet", locale), table.header(), table.rows()),
                "xlsx",
                MediaType.parseMediaType(XlsxTable.MEDIA_TYPE),
                locale);
    }

    private ResponseEntity<byte[]> download(byte[] body, String extension, MediaType type, Locale locale) {
        var filename = text("desk.export.filename", locale) + "-" + LocalDate.now(clock) + "." + extension;
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .contentType(type)
                .body(body);
    }

    /** The export's rows in the user's language, audited as an export of each volunteer in it. */
    private CsvTable table(RegisterFilter filter, Locale locale) {
        var rows = register.all(filter);
        var names = choices.districtNames();
        var header = List.of(
                text("desk.col.name", locale),
                text("desk.col.email", locale),
                text("desk.col.phone", locale),
                text("desk.col.districts", locale),
                text("desk.col.kinds", locale),
                text("desk.col.languages", locale),
                text("desk.col.signedUp", locale),
                text("desk.col.status", locale),
                text("desk.col.level", locale));
        var lines = rows.stream()
                .map(r -> {
                    var v = r.volunteer();
                    return List.of(
                            v.name(),
                            v.email(),
                            v.phone().display(),
                            v.districtIds().stream()
                                    .map(id -> names.getOrDefault(id, id))
                                    .sorted()
                                    .collect(Collectors.joining(", ")),
                            v.kinds().stream()
                                    .sorted()
                                    .map(k -> text(k.messageKey(), locale))
                                    .collect(Collectors.joining(", ")),
                            v.languages().stream()
                                    .sorted()
                                    .map(l -> text("language." + l, locale))
                                    .collect(Collectors.joining(", ")),
                            r.signedUpOn().toString(),
                            text(r.statusKey(), locale),
                            r.level() < 0 ? "" : String.valueOf(r.level()));
                })
                .toList();
        audit.recordAll(
                AuditAction.EXPORT,
                rows.stream().map(r -> PersonRef.volunteer(r.volunteer().id())).toList(),
                PURPOSE,
                "register export: name, email, phone, districts, kinds, languages, signed_up, status, level");
        return new CsvTable(header, lines);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static Set<UUID> parseIds(List<String> ids) {
        if (ids == null) {
            return Set.of();
        }
        return ids.stream()
                .map(id -> {
                    try {
                        return UUID.fromString(id.strip());
                    } catch (RuntimeException e) {
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .limit(1000)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The kind the filter names, or null for a code no kind has (a hand-edited address), as for other filters. */
    private String knownKind(String kind) {
        return kinds.parse(kind).map(se.samverka.shared.HelpKind::name).orElse(null);
    }
}
