package se.samverka.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What must never be in a log line: the code words the tests give help requests, a link token (32 random bytes
 * in base64url, 43 characters) or its SHA-256 (64 hex digits), a login token in a link, a risk-group value, a full
 * Swedish mobile number in any common format. Masked numbers (+46 70 *** ** 67) are fine. Used per test by
 * {@link LogSafetyTests} and over the whole surefire log by {@link SurefireLogScanIT}.
 */
final class LogLeaks {

    /** A leak: which rule, in which line, and the part that matched. */
    record Leak(String rule, int line, String match) {

        @Override
        public String toString() {
            return rule + " in line " + line + ": " + match;
        }
    }

    private record Rule(String name, Pattern pattern) {}

    /**
     * The code words of the tests' help requests (fixtures, browser runs with a suffix, the log-safety test's
     * random one, the stored-XSS one); a new test code word belongs here.
     */
    static final Pattern TEST_CODE_WORDS =
            Pattern.compile("(?<!\\p{L})(?:Blåbär|Blåklint|Lingon)(?!\\p{L})|Kodord[0-9a-f]{8}|alert\\('codeWord'\\)");

    private static final String NOT_BEFORE_NUMBER = "(?<![\\w+*-])";

    private static final String NOT_AFTER_NUMBER = "(?![\\w*])";

    private static final List<Rule> RULES = List.of(
            new Rule("code word", TEST_CODE_WORDS),
            new Rule(
                    "link token",
                    Pattern.compile(
                            "(?<![A-Za-z0-9_-])(?=[A-Za-z0-9_-]{0,42}\\d)"
                                    + "(?=[A-Za-z0-9_-]{0,42}[A-Z])(?=[A-Za-z0-9_-]{0,42}[a-z])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")),
            new Rule("token hash", Pattern.compile("(?<![0-9A-Za-z])[0-9a-fA-F]{64}(?![0-9A-Za-z])")),
            new Rule("login token", Pattern.compile("(?i)[?&]token=[^\\s&\"']{8,}")),
            new Rule(
                    "risk group",
                    Pattern.compile(
                            "(?i)(?:risk[-_ ]?group|riskgrupp)\\w*\\s*[=:]\\s*\"?(?:true|false|yes|no|ja|nej)\\b")),
            new Rule(
                    "phone number",
                    Pattern.compile(NOT_BEFORE_NUMBER + "(?:\\+46|%2B46|0046)[\\s-]*(?:\\(0\\)[\\s-]*)?"
                            + "7[02369](?:[\\s-]*\\d){7}" + NOT_AFTER_NUMBER)),
            new Rule(
                    "phone number",
                    Pattern.compile(NOT_BEFORE_NUMBER + "07[02369](?:[\\s-]*\\d){7}" + NOT_AFTER_NUMBER)));

    private LogLeaks() {}

    /** Every leak in the text, line by line. */
    static List<Leak> in(String text) {
        var leaks = new ArrayList<Leak>();
        var lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            for (var rule : RULES) {
                var matcher = rule.pattern().matcher(lines[i]);
                while (matcher.find()) {
                    leaks.add(new Leak(rule.name(), i + 1, matcher.group()));
                }
            }
        }
        return leaks;
    }
}
