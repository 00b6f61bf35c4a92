package se.samverka.overview;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.samverka.shared.CsvTable;

/** The download of an overview table or list: a CSV attachment named after the list and today's date. */
public final class OverviewCsv {

    private OverviewCsv() {}

    public static ResponseEntity<byte[]> download(String name, CsvTable table, Clock clock) {
        var filename = name + "-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(table.toBytes());
    }
}
