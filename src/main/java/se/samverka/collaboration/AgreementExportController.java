package se.samverka.collaboration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.samverka.shared.CsvTable;

/** The agreement list as a spreadsheet, under the same filters as the page. */
@Controller
class AgreementExportController {

    private static final List<String> COLUMNS = List.of(
            "title",
            "type",
            "status",
            "department",
            "organisation",
            "startsOn",
            "endsOn",
            "amount",
            "municipalContact",
            "organisationContact",
            "nextFollowUp");

    private final AgreementQueries agreements;
    private final MessageSource messages;

    AgreementExportController(AgreementQueries agreements, MessageSource messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping("/samverkan/avtal.csv")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String ending,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale) {
        var filter = AgreementFilter.parse(department, organisation, type, status, ending, from, to);
        var header = COLUMNS.stream()
                .map(c -> text("collaboration.csv." + c, locale))
                .toList();
        var rows = agreements.all(filter).stream()
                .map(a -> java.util.Arrays.asList(
                        a.title(),
                        text(a.type().messageKey(), locale),
                        text(a.status().messageKey(), locale),
                        a.departmentName(),
                        a.organisationName(),
                        a.startsOn().toString(),
                        a.endsOn() == null ? "" : a.endsOn().toString(),
                        amount(a.amount(), locale),
                        a.municipalContactName(),
                        a.organisationContactName(),
                        a.nextFollowUp() == null ? "" : a.nextFollowUp().toString()))
                .map(row -> (List<String>) row)
                .toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("avtal.csv")
                                .build()
                                .toString())
                .body(new CsvTable(header, rows).toBytes());
    }

    /**
     * An amount as the spreadsheet of the reader's language reads a number: Swedish Excel takes 125000,00 as a number
     * and 125000.00 as text, so the Swedish file writes a decimal comma (and no thousands separator).
     */
    static String amount(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        var plain = amount.toPlainString();
        return "sv".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
