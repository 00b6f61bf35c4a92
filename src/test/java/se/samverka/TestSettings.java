package se.samverka;

/**
 * Settings every test context shares (application-test.properties), for the tests that need their values. One set
 * for all, so that Spring reuses one context instead of starting another for each class that picks its own.
 */
public final class TestSettings {

    /** samverka.notification.sms.webhook-secret in application-test.properties. NOT A SECRET: tests only. */
    public static final String SMS_WEBHOOK_SECRET = "test-sms-webhook-secret";

    private TestSettings() {}

    /**
     * The port GreenMail listens on and the application sends to: {@code SAMVERKA_TEST_SMTP_PORT} as a system property
     * (set for each JVM of a parallel run, see {@link PostgresCheck}) or environment variable, else 3025.
     */
    public static int smtpPort() {
        var property = System.getProperty(PostgresCheck.SMTP_PORT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return Integer.parseInt(property.strip());
        }
        return Integer.parseInt(System.getenv().getOrDefault(PostgresCheck.SMTP_PORT_PROPERTY, "3025"));
    }
}
