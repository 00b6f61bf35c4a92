package se.samverka.registerimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.Workbook;

/** Files and numbers for the import tests. */
final class ImportFilesFixtures {

    private ImportFilesFixtures() {}

    /** A valid organisationsnummer NNNNNN-NNNN (third digit 2 or more, Luhn check digit) from nine digits. */
    static String orgNumber(long nineDigits) {
        var digits = String.format("%09d", nineDigits);
        digits = digits.substring(0, 2) + (char) ('2' + (digits.charAt(2) - '0') % 8) + digits.substring(3);
        var sum = 0;
        for (int i = 0; i < 9; i++) {
            var d = digits.charAt(i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        var check = (10 - sum % 10) % 10;
        return digits.substring(0, 6) + "-" + digits.substring(6) + check;
    }

    /** Nine random digits to start a run of numbers that no earlier test run used. */
    static long randomBase() {
        return ThreadLocalRandom.current().nextLong(100_000_000L, 900_000_000L);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBom(String text) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(utf8(text));
        return out.toByteArray();
    }

    /** A workbook whose first sheet holds the rows; a cell starting with "=" is written as a formula. */
    static byte[] xlsx(List<List<String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        var workbook = new Workbook(out, "Samverka", "1.0");
        var sheet = workbook.newWorksheet("Blad1");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                var value = rows.get(r).get(c);
                if (value.startsWith("=")) {
                    sheet.formula(r, c, value.substring(1));
                } else {
                    sheet.value(r, c, value);
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** A multipart/form-data body as a browser sends the upload form. */
    static byte[] multipart(String boundary, String kind, String fileName, byte[] file) {
        var out = new ByteArrayOutputStream();
        if (kind != null) {
            out.writeBytes(utf8(
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"));
        }
        out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        out.writeBytes(file);
        out.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
        return out.toByteArray();
    }
}
