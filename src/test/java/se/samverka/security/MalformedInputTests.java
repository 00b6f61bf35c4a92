package se.samverka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.samverka.security.SecurityFixtures.as;

import java.lang.reflect.ParameterizedType;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.samverka.IntegrationTest;
import se.samverka.account.AccountManagement;
import se.samverka.account.SamverkaUser;
import se.samverka.district.Districts;

/**
 * Posts values no form offers to every form of the application, each as someone allowed to use it: an unknown choice
 * of every enum, {@code abc} for every yes/no, dates and times that are none, numbers that are text, a NUL byte in
 * every text and text of 100,000 characters. The review saw 75 answers of 500 (and PostgreSQL refusing the NUL byte);
 * now none may be a 500, and nothing may be logged at ERROR. The field names come from the handlers' own form records
 * and request parameters, so a new form is fuzzed without a row here. {@code InvalidFormValuesTests} checks what the
 * person sees (400, the error at the field, the values kept).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedInputTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}|]*)[^}]*)?}");

    private static final List<String> VARIANTS = List.of("types", "nul", "oversized");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Districts districts;

    @Autowired
    AccountManagement accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noFormAnswers500OrLogsAnErrorWhateverItIsSent(CapturedOutput output) throws Exception {
        var district = SecurityFixtures.district(districts, "Fuzzholmen");
        var volunteer = SecurityFixtures.volunteer(jdbc, "Fia Fuzz", district);
        var org = SecurityFixtures.organisation(jdbc, "Fuzzföreningen", "Hjälper", null, "APPROVED", district);
        var member = SecurityFixtures.member(jdbc, accounts, org, "Fredrik Fuzz");
        var admin = SecurityFixtures.admin(accounts);
        var logBefore = output.getAll().length();
        var failures = new ArrayList<String>();
        var posted = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                continue;
            }
            for (var pattern : entry.getKey().getPatternValues()) {
                var user = actor(pattern, volunteer, member, admin);
                var path = path(pattern, org);
                for (var variant : VARIANTS) {
                    var request = post(path).with(csrf());
                    fields(entry.getValue()).forEach((name, type) -> {
                        var value = value(type, variant);
                        if (value != null) {
                            request.param(name, value);
                        }
                    });
                    if (user != null) {
                        request.with(authentication(as(user)));
                    }
                    posted++;
                    try {
                        var status =
                                mvc.perform(request).andReturn().getResponse().getStatus();
                        if (status >= 500) {
                            failures.add(pattern + " (" + variant + "): " + status);
                        }
                    } catch (Exception e) {
                        // MockMvc hands on what the container would have answered with a 500
                        failures.add(pattern + " (" + variant + "): " + e.getCause());
                    }
                }
            }
        }
        assertThat(posted).isGreaterThan(200);
        assertThat(failures).isEmpty();
        var log = output.getAll().substring(logBefore);
        assertThat(log.lines().filter(MalformedInputTests::formError).toList())
                .as("lines logged at ERROR")
                .isEmpty();
    }

    @Test
    void aNulByteInTheLoginFormsSpringSecurityReadsItselfIsA400(CapturedOutput output) throws Exception {
        var logBefore = output.getAll().length();
        for (var path : List.of("/login", "/ott/generate", "/login/ott")) {
            var response = mvc.perform(post(path)
                            .param("username", "anna\u0000@example.se")
                            .param("password", "x")
                            .param("token", "a\u0000b")
                            .with(csrf()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(400);
        }
        assertThat(output.getAll().substring(logBefore).lines().filter(MalformedInputTests::formError))
                .isEmpty();
    }

    /** Someone who may use the route: the owner of a volunteer's or an association's pages, staff, or nobody. */
    private static SamverkaUser actor(String pattern, SamverkaUser volunteer, SamverkaUser member, SamverkaUser admin) {
        if (pattern.startsWith("/mina-sidor")) {
            return volunteer;
        }
        if (pattern.startsWith("/forening")) {
            return member;
        }
        for (var staff : new String[] {"/samordning", "/admin", "/idelabbet", "/samverkan", "/dataskydd"}) {
            if (pattern.startsWith(staff)) {
                return admin;
            }
        }
        return null;
    }

    private static String path(String pattern, UUID org) {
        var matcher = VARIABLE.matcher(pattern);
        var path = new StringBuilder();
        while (matcher.find()) {
            var value = "orgId".equals(matcher.group(1))
                    ? org.toString()
                    : matcher.group(2) != null
                            ? matcher.group(2)
                            : UUID.randomUUID().toString();
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** The request parameters and form fields the handler reads, with their types. */
    private static Map<String, Class<?>> fields(HandlerMethod handler) {
        var fields = new LinkedHashMap<String, Class<?>>();
        for (var parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                var name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                fields.put(name, elementType(parameter.getParameterType(), parameter.getGenericParameterType()));
            } else if (parameter.getParameterType().isRecord()) {
                for (var component : parameter.getParameterType().getRecordComponents()) {
                    fields.put(component.getName(), elementType(component.getType(), component.getGenericType()));
                }
            }
        }
        return fields;
    }

    private static Class<?> elementType(Class<?> type, java.lang.reflect.Type generic) {
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized) {
            var argument = parameterized.getActualTypeArguments()[0];
            return argument instanceof Class<?> element ? element : String.class;
        }
        return type.isArray() ? type.getComponentType() : type;
    }

    /** A value of the kind the variant sends, or null to leave the field out. */
    private static String value(Class<?> type, String variant) {
        if (type == String.class) {
            return switch (variant) {
                case "nul" -> "Text med\u0000NUL";
                case "oversized" -> "x".repeat(100_000);
                default -> "Text";
            };
        }
        if (!"types".equals(variant)) {
            return null;
        }
        if (type.isEnum()) {
            return "INGEN_SADAN";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "abc";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "2026-02-31T25:61";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "tolv";
        }
        if (type == UUID.class) {
            return "inte-ett-id";
        }
        return "\u0000";
    }

    /**
     * A line at ERROR that handling a form could have caused. The scheduler of another cached context in this JVM
     * (DatabaseOutageTests stops its own database) may log at the same time; that is not about forms, and the
     * SurefireLogScanIT still reads every line.
     */
    private static boolean formError(String line) {
        return line.contains(" ERROR ") && !line.contains("c.g.k.scheduler.");
    }
}
