package se.samverka.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverka.SamverkaApplication;
import se.samverka.TestSettings;
import se.samverka.TestVolunteer;
import se.samverka.account.AccountManagement;
import se.samverka.account.Role;
import se.samverka.callout.Callouts;
import se.samverka.callout.Need;
import se.samverka.callout.SubjectType;
import se.samverka.callout.Urgency;
import se.samverka.district.Districts;
import se.samverka.helprequest.Channel;
import se.samverka.helprequest.HelpRequests;
import se.samverka.helprequest.NewHelpRequest;
import se.samverka.helprequest.PaymentMethod;
import se.samverka.helprequest.Recurrence;
import se.samverka.notification.Outbox;
import se.samverka.notification.OutgoingMessage;
import se.samverka.shared.HelpKind;
import se.samverka.shared.PhoneNumber;

/**
 * Two full Samverka instances in one JVM on one database, as behind a load balancer: what one does, the other
 * sees, and what must happen once happens once.
 */
class TwoInstancesTests {

    static final int SMTP_PORT = TestSettings.smtpPort();

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp"));

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** Which instance ran each execution of the probe task. */
    static final Map<String, List<String>> PROBE_RUNS = new ConcurrentHashMap<>();

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;

    /** A one-time task both instances know; it notes which instance ran each execution. */
    static class Probe {

        @Bean
        OneTimeTask<Void> twoInstancesProbe(Environment environment) {
            var instance = environment.getProperty("samverka.test.instance");
            return Tasks.oneTime("two-instances-probe")
                    .execute((execution, context) -> PROBE_RUNS
                            .computeIfAbsent(execution.getId(), id -> new CopyOnWriteArrayList<>())
                            .add(instance));
        }
    }

    @BeforeAll
    static void startTwoInstances() {
        a = instance("a");
        b = instance("b");
    }

    @AfterAll
    static void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static ConfigurableApplicationContext instance(String name) {
        // command-line arguments: they win over application-test.properties
        return new SpringApplicationBuilder(SamverkaApplication.class, Probe.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--samverka.test.instance=" + name,
                        "--samverka.security.rate-limit.logins-per-username.requests=4",
                        "--samverka.security.rate-limit.logins-per-username.period=10m",
                        "--samverka.callout.planned-interval=2s");
    }

    @Test
    void aCoordinatorLoggedInOnOneInstanceIsLoggedInOnTheOther() throws Exception {
        var username = "two-" + UUID.randomUUID().toString().substring(0, 8);
        a.getBean(AccountManagement.class).createStaffAccount(username, "ett långt lösenord", Role.COORDINATOR, "Två");
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        assertThat(send(browser, get(a, "/samordning")).statusCode())
                .as("not logged in yet")
                .isEqualTo(302);
        var csrf = csrf(send(browser, get(a, "/login")).body());
        var login = send(
                browser,
                post(
                        a,
                        "/login",
                        "username=" + username + "&password="
                                + URLEncoder.encode("ett långt lösenord", StandardCharsets.UTF_8) + "&_csrf=" + csrf));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse(""))
                .as("back to the page asked for")
                .endsWith("/samordning");

        var onB = send(browser, get(b, "/samordning"));
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body())
                .as("the coordinators' queue, not the login page")
                .contains("<title>Ärenden – Samverka</title>")
                .doesNotContain("name=\"password\"");
    }

    @Test
    void eachScheduledExecutionRunsOnOneInstanceOnly() {
        var task = a.getBean("twoInstancesProbe", OneTimeTask.class);
        var ids = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            var id = "probe-" + UUID.randomUUID();
            ids.add(id);
            // half planned by each instance; both poll the same table
            var scheduler = (i % 2 == 0 ? a : b).getBean(SchedulerClient.class);
            scheduler.schedule(task.instance(id), Instant.now());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(PROBE_RUNS::containsKey));
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> ids.stream().allMatch(id -> PROBE_RUNS.get(id).size() == 1));
    }

    @Test
    void eachOutboxMessageIsSentOnceThoughBothInstancesSend() {
        var recipients = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            var recipient = "twice-" + i + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.se";
            recipients.add(recipient);
            var instance = i % 2 == 0 ? a : b;
            new TransactionTemplate(instance.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(status -> instance.getBean(Outbox.class)
                            .enqueue(OutgoingMessage.email(
                                    "two-instances:" + recipient, recipient, "Hej", "Bara en gång")));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> received(recipients) == 20);
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> received(recipients) == 20);
        for (var recipient : recipients) {
            assertThat(greenMail.getReceivedMessagesForDomain(recipient))
                    .as(recipient)
                    .hasSize(1);
        }
    }

    @Test
    void aRateLimitCountsRequestsToBothInstances() throws Exception {
        var browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var csrf = csrf(send(browser, get(a, "/login")).body());
        var username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        var form = "username=" + username + "&password=wrong&_csrf=" + csrf;
        for (var instance : List.of(a, b, a, b)) {
            assertThat(send(browser, post(instance, "/login", form)).statusCode())
                    .isEqualTo(302);
        }
        var refusedOnA = send(browser, post(a, "/login", form));
        assertThat(refusedOnA.statusCode()).isEqualTo(429);
        assertThat(send(browser, post(b, "/login", form)).statusCode()).isEqualTo(429);
        assertThat(refusedOnA.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aCallOutStartedOnBothInstancesAtOnceStartsOnceAndEachWaveRunsOnce() throws Exception {
        var jdbc = a.getBean(JdbcClient.class);
        var district =
                a.getBean(Districts.class).save(null, "Tvåö " + System.nanoTime(), 650000, 6580000, 990, Set.of());
        for (var name : List.of("Ada Två", "Bo Två", "Cia Två")) {
            TestVolunteer.named(name).in(district).insert(jdbc);
        }
        var request = a.getBean(HelpRequests.class)
                .submit(
                        new NewHelpRequest(
                                "Rut Två",
                                PhoneNumber.of("08-560 391 00"),
                                "Bryggvägen 3",
                                district,
                                HelpKind.SHOPPING,
                                "Mjölk",
                                LocalDate.now().plusDays(2),
                                LocalTime.of(10, 0),
                                LocalTime.of(12, 0),
                                Recurrence.ONE_OFF,
                                PaymentMethod.INVOICE,
                                "Blåbär",
                                null,
                                null,
                                Channel.PHONE,
                                null,
                                null,
                                null),
                        "test");
        var need = new Need(
                request.kind(),
                request.districtId(),
                request.date(),
                request.timeFrom(),
                request.timeTo(),
                request.language(),
                1);
        var start = new Callouts.Start(
                SubjectType.HELP_REQUEST,
                request.id(),
                "#" + request.number(),
                need,
                Urgency.PLANNED,
                null,
                "samordnare");

        var ready = new CountDownLatch(1);
        var outcomes = new CopyOnWriteArrayList<String>();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<Future<Object>>();
            for (var instance : List.of(a, b)) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    try {
                        instance.getBean(Callouts.class).start(start);
                        outcomes.add("started");
                    } catch (Callouts.AlreadyActive e) {
                        outcomes.add("already active");
                    }
                    return null;
                }));
            }
            ready.countDown();
            for (var future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsExactlyInAnyOrder("started", "already active");
        var callout = jdbc.sql("SELECT id FROM callout WHERE subject_id = ?")
                .param(request.id())
                .query(UUID.class)
                .single();

        // PLANNED asks one person per wave; three volunteers, factor 3: waves 1, 2 and 3, then none. The suite's other
        // cached contexts poll the same scheduler table too (with the default 4 h interval), so each planned wave is
        // made due at once rather than waited for: whichever instance takes it, it must run once.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            dueNow(jdbc, callout);
            return count(jdbc, "SELECT COUNT(*) FROM callout_wave WHERE callout_id = ?", callout) == 3;
        });
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> {
            dueNow(jdbc, callout);
            return count(jdbc, "SELECT COUNT(*) FROM callout_wave WHERE callout_id = ?", callout) == 3;
        });
        assertThat(count(jdbc, "SELECT COUNT(*) FROM callout_ask WHERE callout_id = ?", callout))
                .isEqualTo(3);
        assertThat(jdbc.sql("SELECT wave FROM callout_ask WHERE callout_id = ? ORDER BY wave")
                        .param(callout)
                        .query(Integer.class)
                        .list())
                .containsExactly(1, 2, 3);
        assertThat(count(
                        jdbc,
                        "SELECT COUNT(*) FROM contact_log WHERE entry = 'ASK' AND ref_id IN "
                                + "(SELECT id FROM callout_ask WHERE callout_id = ?)",
                        callout))
                .isEqualTo(3);
    }

    /** Makes the call-out's planned next wave, if any, due at once. */
    private static void dueNow(JdbcClient jdbc, UUID callout) {
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'callout-wave' "
                        + "AND task_instance LIKE ? AND NOT picked")
                .param(callout + ":%")
                .update();
    }

    private static long count(JdbcClient jdbc, String sql, UUID id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private static int received(List<String> recipients) {
        var set = Set.copyOf(recipients);
        int n = 0;
        for (var message : greenMail.getReceivedMessages()) {
            try {
                if (set.contains(message.getAllRecipients()[0].toString())) {
                    n++;
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    private static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    private static HttpRequest get(ConfigurableApplicationContext instance, String path) {
        return HttpRequest.newBuilder(uri(instance, path))
                .header("Accept", "text/html")
                .GET()
                .build();
    }

    private static HttpRequest post(ConfigurableApplicationContext instance, String path, String form) {
        return HttpRequest.newBuilder(uri(instance, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        var port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
