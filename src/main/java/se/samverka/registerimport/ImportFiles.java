package se.samverka.registerimport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import se.samverka.shared.CsvTable;

/** The files the import pages hand out, in the form Swedish Excel opens (semicolons, UTF-8 with a BOM). */
@Component
class ImportFiles {

    private final MessageSource messages;
    private final Clock clock;

    ImportFiles(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** An empty file with the kind's column headers, in Swedish as the import reads them. */
    ResponseEntity<byte[]> template(ImportKind kind) {
        var header = kind.columns.stream().map(c -> c.header).toList();
        return download("mall-" + kind.slug + ".csv", new CsvTable(header, List.of()));
    }

    /** Every row with its outcome, its reason and, after the run, what was done. */
    ResponseEntity<byte[]> report(ImportSummary summary, List<StagedRow> rows, Locale locale) {
        var members = summary.kind() == ImportKind.FRG_MEMBERS;
        var keys = members
                ? List.of("name", "group", "email", "phone", "role", "training", "trainedOn", "expiresOn", "raw")
                : List.of("name", "key", "email", "phone", "raw");
        var header = new ArrayList<String>();
        for (var key : List.of("line", "outcome", "reason", "result")) {
            header.add(text("registerimport.col." + key, locale));
        }
        keys.forEach(key -> header.add(text("registerimport.col." + key, locale)));
        var lines = new ArrayList<List<String>>(rows.size());
        for (var r : rows) {
            var line = new ArrayList<String>(java.util.Arrays.asList(
                    String.valueOf(r.line()),
                    text("registerimport.outcome." + r.outcome(), locale),
                    r.reason() == null ? "" : reason(r, locale),
                    r.result() == null ? "" : text("registerimport.result." + r.result(), locale),
                    r.name()));
            if (members) {
                var m = r.member();
                line.addAll(java.util.Arrays.asList(
                        m == null ? null : m.groupName(),
                        r.email(),
                        r.phone(),
                        m == null || m.role() == null ? null : text("registerimport.role." + m.role(), locale),
                        m == null ? null : m.training(),
                        m == null || m.trainedOn() == null
                                ? null
                                : m.trainedOn().toString(),
                        m == null || m.expiresOn() == null
                                ? null
                                : m.expiresOn().toString()));
            } else {
                line.addAll(java.util.Arrays.asList(r.orgNumber(), r.email(), r.phone()));
            }
            line.add(r.raw());
            lines.add(line);
        }
        var name = "import-" + summary.kind().slug + "-" + LocalDate.now(clock) + ".csv";
        return download(name, new CsvTable(header, lines));
    }

    String reason(StagedRow row, Locale locale) {
        return messages.getMessage("registerimport.reason." + row.reason(), new Object[] {row.reasonArg()}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static ResponseEntity<byte[]> download(String filename, CsvTable table) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(table.toBytes());
    }
}
