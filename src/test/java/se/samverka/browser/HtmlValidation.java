package se.samverka.browser;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (the checker behind validator.w3.org/nu, {@code nu.validator:validator}) run on a page's
 * HTML. Errors count, as on the checker's own page; its warnings do not.
 * <p>
 * The checker needs Jetty 11, the tests run Jetty 12: its jars (copied to {@code target/nu-html-checker} by the build,
 * see pom.xml) are loaded by a class loader of their own, which sees nothing of the application, and it is called
 * through its SAX interfaces, which both sides share with the JDK. It is set up once (its schema takes seconds to load)
 * and is not thread-safe, hence the lock.
 */
final class HtmlValidation {

    static final Path JARS = Path.of("target", "nu-html-checker");

    /** The schema the checker's own page uses for text/html: HTML with SVG, MathML and ITS. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static final Collector COLLECTOR = new Collector();

    private static Object validator;
    private static Method check;

    private HtmlValidation() {}

    /** The checker's errors for a whole document, each with its place and the source around it. */
    static synchronized List<String> errors(String html) {
        try {
            if (validator == null) {
                setUp();
            }
            COLLECTOR.errors.clear();
            var source = new InputSource(new StringReader(html));
            source.setEncoding("UTF-8");
            check.invoke(validator, source);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The Nu HTML checker failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The Nu HTML checker could not run: " + e, e);
        }
        var lines = html.split("\n", -1);
        return COLLECTOR.errors.stream()
                .map(e -> "line %d, column %d: %s%n      at: %s"
                        .formatted(e.line, e.column, e.message, excerpt(lines, e)))
                .toList();
    }

    private static void setUp() throws ReflectiveOperationException {
        var loader = new URLClassLoader("nu-html-checker", jars(), ClassLoader.getPlatformClassLoader());
        var type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
        var created = type.getConstructor().newInstance();
        type.getMethod("setUpMainSchema", String.class, ErrorHandler.class).invoke(created, HTML_SCHEMA, COLLECTOR);
        type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
                .invoke(created, COLLECTOR, false, false);
        check = type.getMethod("checkHtmlInputSource", InputSource.class);
        validator = created;
    }

    private static URL[] jars() {
        try (Stream<Path> files = Files.list(JARS)) {
            var urls = new ArrayList<URL>();
            for (var jar : files.filter(f -> f.toString().endsWith(".jar")).toList()) {
                urls.add(jar.toUri().toURL());
            }
            if (urls.isEmpty()) {
                throw new IllegalStateException(
                        "No jars in " + JARS.toAbsolutePath() + ": run the tests through Maven");
            }
            return urls.toArray(URL[]::new);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The Nu HTML checker's jars are missing (" + JARS.toAbsolutePath()
                            + "): run the tests through Maven",
                    e);
        }
    }

    /** Up to 80 characters of the source before the place the checker points at, and 40 after. */
    private static String excerpt(String[] lines, Error error) {
        if (error.line < 1 || error.line > lines.length) {
            return "";
        }
        var line = lines[error.line - 1];
        var at = Math.max(0, Math.min(line.length(), error.column));
        return line.substring(Math.max(0, at - 80), Math.min(line.length(), at + 40))
                .strip();
    }

    private record Error(int line, int column, String message) {}

    private static final class Collector implements ErrorHandler {

        private final List<Error> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // the checker's "info" and warnings: not errors on its own page either
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(new Error(e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
