package se.samverka.registerimport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parts of a multipart/form-data body, read by hand: Samverka switches the servlet container's multipart parsing
 * off for every route (application.properties), and this one admin form is the only one that takes a file. Its CSRF
 * token travels in the form's action URL, where Spring Security reads it without parsing the body.
 *
 * @param fields the text fields
 * @param fileName the uploaded file's name, null when no file was chosen
 * @param file its bytes (empty when none)
 */
record UploadBody(Map<String, String> fields, String fileName, byte[] file) {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    /** Null when the body is not multipart or cannot be read. */
    static UploadBody parse(String contentType, byte[] body) {
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            return null;
        }
        var m = BOUNDARY.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        var delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        var fields = new HashMap<String, String>();
        String fileName = null;
        byte[] file = new byte[0];
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start += 2; // CRLF after the delimiter
            int next = indexOf(body, delimiter, start);
            if (next < 0 || start > next) {
                return null;
            }
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
            if (headersEnd < 0 || headersEnd > next) {
                return null;
            }
            var headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8);
            var content = Arrays.copyOfRange(body, headersEnd + 4, Math.max(headersEnd + 4, next - 2));
            var name = NAME.matcher(headers);
            if (name.find()) {
                var fn = FILE_NAME.matcher(headers);
                if (fn.find()) {
                    if (!fn.group(1).isEmpty()) {
                        fileName = fn.group(1);
                        file = content;
                    }
                } else {
                    fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
                }
            }
            at = next;
        }
        return new UploadBody(fields, fileName, file);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
