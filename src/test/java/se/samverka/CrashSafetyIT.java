package se.samverka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code kill -9} under load: the packaged application jar runs as a separate process on a database of its own
 * ({@code test_crash}, created here), volunteers sign up concurrently (GET the form for the CSRF token, POST it),
 * and the process is killed mid-load. Its mail server answers nothing (a tarpit), so the confirmation mails it was
 * sending are caught in SENDING. Then it is started again with a working mail server (GreenMail), and:
 * every acknowledged sign-up is stored exactly once, there are no duplicates, the restarted instance serves again,
 * and the messages caught in SENDING were taken back at once (not after the 10-minute lease) and each confirmation
 * mail arrives exactly once. Twelve volunteers offered the same task accept it during the same load: afterwards
 * the one told "the task is yours" is the one accepted and assigned (the kill waits until every accept was answered).
 */
class CrashSafetyIT {

    static final int APP_PORT = Integer.getInteger("samverka.test.crash-app-port", 18094);

    static final int SMTP_PORT = Integer.getInteger("samverka.test.crash-smtp-port", 18095);

    static final String DATABASE = "test_crash";

    static final String INSTANCE = "crash-safety-it";

    /** How many volunteers were offered the same task and accept it during the load. */
    static final int OFFERS = 12;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private Process app;

    private ServerSocket tarpit;

    private GreenMail greenMail;

    @Test
    // about 60 s on an idle machine (two starts of the jar, the first with every migration); allow for a busy one, as
    // failsafe runs it beside the browser tests of its other JVM
    @Timeout(value = 720, unit = TimeUnit.SECONDS)
    void killedUnderSignupLoadLosesNoAcknowledgedSignupAndSendsEachMailOnce() throws Exception {
        var started = System.nanoTime();
        var jdbc = JdbcClient.create(new DriverManagerDataSource(createDatabase(), user(), password()));
        tarpit = tarpit();

        app = start(tarpit.getLocalPort(), "first");
        awaitServing();
        var firstServing = seconds(started);
        var request = offerToMany(jdbc, OFFERS);
        var acknowledged = new ConcurrentLinkedQueue<String>();
        var attempted = new AtomicInteger();
        var accepts = new ConcurrentLinkedQueue<String>();
        var load = Executors.newFixedThreadPool(8 + OFFERS);
        var stop = new AtomicBoolean();
        for (var i = 0; i < 8; i++) {
            load.submit(() -> signUpUntil(stop, acknowledged, attempted));
        }
        // volunteers offered the same task accept it while the sign-ups run; the kill waits until every accept was
        // answered (on a fast machine 40 sign-ups were acknowledged before a cold instance answered any accept)
        var answeredAccepts = new CountDownLatch(OFFERS);
        for (var i = 0; i < OFFERS; i++) {
            var token = "crash-offer-" + i;
            load.submit(() -> {
                try {
                    accept(token, accepts);
                } finally {
                    answeredAccepts.countDown();
                }
            });
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> acknowledged.size() >= 40 && answeredAccepts.getCount() == 0);
        app.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: kill -9
        var killedAfter = acknowledged.size();
        var killedAt = seconds(started);
        stop.set(true);
        load.shutdown();
        assertThat(load.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

        var caughtSending = jdbc.sql("SELECT id FROM outbox_message WHERE status = 'SENDING' AND claimed_by = ?")
                .param(INSTANCE)
                .query(UUID.class)
                .list();
        assertThat(caughtSending).as("messages caught in SENDING by the kill").isNotEmpty();

        greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        greenMail.start();
        app = start(SMTP_PORT, "second");
        awaitServing();
        var secondServing = seconds(started);

        // every acknowledged sign-up exactly once, and no address twice at all
        var acknowledgedAddresses = List.copyOf(acknowledged);
        var stored = jdbc.sql("SELECT email, COUNT(*) AS n FROM volunteer GROUP BY email")
                .query((rs, row) -> Map.entry(rs.getString("email"), rs.getInt("n")))
                .list();
        assertThat(stored)
                .allSatisfy(
                        entry -> assertThat(entry.getValue()).as(entry.getKey()).isEqualTo(1));
        assertThat(stored.stream().map(Map.Entry::getKey).toList()).containsAll(acknowledgedAddresses);

        // the claims of the killed instance were taken back at its restart, not after the lease, and sent once; the
        // sender job itself may have been running in the killed instance: it is taken up again after ~30 s
        await().atMost(Duration.ofSeconds(90))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE id IN (:ids) AND status = 'SENT'")
                                .param("ids", caughtSending)
                                .query(Integer.class)
                                .single()
                        == caughtSending.size());
        await().atMost(Duration.ofSeconds(20))
                .until(() -> mailsTo(acknowledgedAddresses).size() >= acknowledgedAddresses.size());
        assertThat(mailsTo(acknowledgedAddresses))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(acknowledgedAddresses);

        // of the volunteers who accepted the same task exactly one has it, and whoever was told so is the one
        var accepted = jdbc.sql("SELECT COUNT(*) FROM callout_ask a JOIN callout c ON c.id = a.callout_id"
                        + " WHERE c.subject_id = ? AND a.status = 'ACCEPTED'")
                .param(request)
                .query(Integer.class)
                .single();
        assertThat(accepted).as("hand-picked asks accepted").isEqualTo(1);
        assertThat(accepts).as("accepts answered 'the task is yours'").hasSizeLessThanOrEqualTo(1);
        if (!accepts.isEmpty()) {
            var winner = jdbc.sql("SELECT a.token_hash FROM callout_ask a JOIN callout c ON c.id = a.callout_id"
                            + " WHERE c.subject_id = ? AND a.status = 'ACCEPTED'")
                    .param(request)
                    .query(String.class)
                    .single();
            assertThat(winner)
                    .isEqualTo(jdbc.sql("SELECT encode(sha256(convert_to(?, 'UTF8')), 'hex')")
                            .param(accepts.peek())
                            .query(String.class)
                            .single());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment WHERE request_id = ? AND status = 'ACTIVE'")
                        .param(request)
                        .query(Integer.class)
                        .single())
                .as("active assignments")
                .isEqualTo(1);

        // and it serves again
        var after = new CopyOnWriteArrayList<String>();
        signUp(client(), after);
        assertThat(after).hasSize(1);
        System.out.printf(
                "CrashSafetyIT: %d sign-ups attempted, %d acknowledged (%d when killed), %d volunteers stored, "
                        + "%d of %d accepts of one offer won; %d messages caught in SENDING and reclaimed; serving after %d s, "
                        + "killed at %d s, serving again at %d s, %d s in all%n",
                attempted.get(),
                acknowledgedAddresses.size(),
                killedAfter,
                stored.size(),
                accepts.size(),
                OFFERS,
                caughtSending.size(),
                firstServing,
                killedAt,
                secondServing,
                seconds(started));
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }

    @AfterEach
    void stopEverything() throws IOException {
        if (app != null) {
            app.destroyForcibly();
        }
        if (tarpit != null) {
            tarpit.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    private void signUpUntil(AtomicBoolean stop, ConcurrentLinkedQueue<String> acknowledged, AtomicInteger attempted) {
        var client = client();
        while (!stop.get()) {
            attempted.incrementAndGet();
            try {
                signUp(client, acknowledged);
            } catch (IOException | RuntimeException e) {
                // the process was killed under this request: not acknowledged, so it may or may not be stored
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * An open request offered to {@code count} volunteers, written as the application writes it; their link tokens
     * are {@code crash-offer-0} and on (only the SHA-256 is stored).
     */
    private static UUID offerToMany(JdbcClient jdbc, int count) {
        var request = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO help_request (id, number, series_id, resident_name, resident_phone, street_address,
				  district_id, kind, description, requested_date, time_from, time_to, recurrence, payment_method,
				  code_word, channel, status, created_at, updated_at)
				VALUES (?, nextval('help_request_number_seq'), ?, 'Erbjuden Invånare', '+46856000000', 'Vägen 1',
				  'ekero-centrum', 'PHONE_COMPANIONSHIP', 'Ringa', current_date + 1, time '10:00', time '12:00', 'ONE_OFF',
				  'SWISH', 'Krasch', 'PHONE', 'OPEN', now(), now())""").params(request, UUID.randomUUID()).update();
        // offers are hand-picked call-outs: one call-out asking them all, in one wave
        var callout = UUID.randomUUID();
        jdbc.sql("""
				INSERT INTO callout (id, subject_type, subject_id, active_subject, title, kind, district_id, need_date,
				  time_from, time_to, people_needed, factor, extra_asks, urgency, status, waves, started_by, started_at,
				  hand_picked)
				VALUES (?, 'HELP_REQUEST', ?, ?, '#krasch', 'PHONE_COMPANIONSHIP', 'ekero-centrum', current_date + 1,
				  time '10:00', time '12:00', 1, 1, ?, 'SOON', 'ACTIVE', 1, 'test', now(), true)""").params(callout, request, request, count - 1).update();
        for (var i = 0; i < count; i++) {
            var account = UUID.randomUUID();
            var volunteer = UUID.randomUUID();
            var email = "erbjuden-" + i + "-" + volunteer.toString().substring(0, 8) + "@example.se";
            jdbc.sql("INSERT INTO account (id, username, role, display_name, locale, enabled, created_at) "
                            + "VALUES (?, ?, 'VOLUNTEER', ?, 'sv', true, now())")
                    .params(account, email, "Erbjuden " + i)
                    .update();
            jdbc.sql("""
					INSERT INTO volunteer (id, account_id, name, email, phone, has_car, weekday_daytime, weekday_evening,
					  weekend_daytime, weekend_evening, ask_frequency, privacy_notice_version, consented_at,
					  email_confirmed_at, created_at, contact_channel, digest_opt_in, adult_confirmed)
					VALUES (?, ?, ?, ?, '+46701230000', false, true, true, true, true, 'ONCE_A_WEEK', '2026-01', now(),
					  now(), now(), 'EMAIL', false, true)""").params(volunteer, account, "Erbjuden " + i, email).update();
            jdbc.sql(
                            "INSERT INTO callout_ask (id, callout_id, volunteer_id, wave, channel, token_hash, status, asked_at) "
                                    + "VALUES (?, ?, ?, 1, 'EMAIL', encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'PENDING', now())")
                    .params(UUID.randomUUID(), callout, volunteer, "crash-offer-" + i)
                    .update();
        }
        return request;
    }

    /** A volunteer opens the offer link and accepts; counted when the page says the task is theirs. */
    private static void accept(String token, Collection<String> won) {
        var client = client();
        try {
            var page = client.send(
                    HttpRequest.newBuilder(url("/utskick/svar/" + token))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            var csrf = CSRF.matcher(page.body());
            if (page.statusCode() != 200 || !csrf.find()) {
                return;
            }
            var answer = client.send(
                    HttpRequest.newBuilder(url("/utskick/svar/" + token + "/ja"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200 && answer.body().contains("Uppdraget är ditt")) {
                won.add(token);
            }
        } catch (IOException | RuntimeException e) {
            // killed under this request: not acknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One volunteer signs up; the address counts as acknowledged when the app redirected to the thank-you page. */
    private static void signUp(HttpClient client, Collection<String> acknowledged)
            throws IOException, InterruptedException {
        var form = client.send(
                HttpRequest.newBuilder(url("/bli-volontar"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            return;
        }
        var email = "krasch-" + UUID.randomUUID().toString().substring(0, 12) + "@example.se";
        var body = String.join(
                "&",
                "_csrf=" + encode(csrf.group(1)),
                "name=" + encode("Krasch Testsson"),
                "email=" + encode(email),
                "phone=" + encode("070-123 45 67"),
                "districts=ekero-centrum",
                "kinds=SHOPPING",
                "languages=sv",
                "hasCar=false",
                "availability=WEEKDAY_DAYTIME",
                "askFrequency=ONCE_A_MONTH",
                "contactChannel=EMAIL",
                "adult=true",
                "consent=true",
                "formId=" + UUID.randomUUID());
        var posted = client.send(
                HttpRequest.newBuilder(url("/bli-volontar"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() == 302
                && posted.headers().firstValue("Location").orElse("").endsWith("/bli-volontar/tack")) {
            acknowledged.add(email);
        }
    }

    private Process start(int smtpPort, String run) throws IOException {
        var jar = packagedJar();
        var java = ProcessHandle.current().info().command().orElse("java");
        var log = Path.of("target", "crash-safety-" + run + ".log");
        var builder = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-jar",
                        jar.toString(),
                        "--server.port=" + APP_PORT,
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        // the tarpit never answers: a claimed message stays SENDING until the kill
                        "--spring.mail.properties.mail.smtp.timeout=120000",
                        "--samverka.notification.retry-delay=1s",
                        "--db-scheduler.polling-interval=1s",
                        "--samverka.security.rate-limit.forms-per-ip.requests=1000000",
                        "--samverka.security.rate-limit.forms-per-contact.requests=1000000",
                        "--samverka.security.rate-limit.logins-per-ip.requests=1000000",
                        "--samverka.security.rate-limit.links-per-ip.requests=1000000")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        var env = builder.environment();
        env.put("SAMVERKA_DB_URL", serverUrl(DATABASE));
        env.put("SAMVERKA_DB_USER", user());
        env.put("SAMVERKA_DB_PASSWORD", password());
        env.put("SAMVERKA_INSTANCE_ID", INSTANCE);
        env.put("SAMVERKA_BASE_URL", "http://127.0.0.1:" + APP_PORT);
        env.put("SAMVERKA_RISK_KEY_ID", "r1");
        // NOT A SECRET: a fixed key for this throw-away database only
        env.put("SAMVERKA_RISK_KEY_R1", "2Vr4cnkCuUL1kAn9MI4i22LS0XvaA1IDP2UqQ1laxsU=");
        return builder.start();
    }

    private void awaitServing() {
        await().atMost(Duration.ofSeconds(300))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    assertThat(app.isAlive())
                            .as("the application process is running (see target/crash-safety-*.log)")
                            .isTrue();
                    return client().send(
                                            HttpRequest.newBuilder(url("/bli-volontar"))
                                                    .timeout(Duration.ofSeconds(5))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                });
    }

    private List<String> mailsTo(List<String> addresses) throws Exception {
        var received = new ArrayList<String>();
        for (var message : greenMail.getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                if (addresses.contains(to.toString())) {
                    received.add(to.toString());
                }
            }
        }
        return received;
    }

    /** A server socket that takes connections and never says a word, like a mail server that hangs. */
    private static ServerSocket tarpit() throws IOException {
        var socket = new ServerSocket(0);
        var held = new CopyOnWriteArrayList<Socket>();
        var acceptor = new Thread(
                () -> {
                    while (!socket.isClosed()) {
                        try {
                            held.add(socket.accept());
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "smtp-tarpit");
        acceptor.setDaemon(true);
        acceptor.start();
        return socket;
    }

    private static Path packagedJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("samverka-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("No target/samverka-*.jar: run the package phase first"));
        }
    }

    /** Creates the empty database {@value #DATABASE} on the tests' PostgreSQL server and returns its URL. */
    private static String createDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(serverUrl("postgres"), user(), password());
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        return serverUrl(DATABASE);
    }

    /** The URL of another database on the server the tests use (see PostgresCheck). */
    private static String serverUrl(String database) {
        var url = PostgresCheck.setting(PostgresCheck.URL_PROPERTY);
        if (url == null) {
            url = "jdbc:postgresql://localhost:" + PostgresCheck.probePort() + "/test";
        }
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }

    private static String user() {
        var user = PostgresCheck.setting("SAMVERKA_TEST_DB_USER");
        return user == null ? "postgres" : user;
    }

    private static String password() {
        var password = PostgresCheck.setting("SAMVERKA_TEST_DB_PASSWORD");
        return password == null ? "" : password;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static URI url(String path) {
        return URI.create("http://127.0.0.1:" + APP_PORT + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
