package se.samverka.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Nu HTML checker the browser tests run on every page finds the errors it is there for, and passes clean HTML. */
class HtmlValidationTests {

    private static final String CLEAN = """
            <!DOCTYPE html>
            <html lang="sv"><head><meta charset="utf-8"><title>Sida – Samverka</title></head>
            <body><main><h1>Sida</h1>
            <p><time datetime="2026-12-07T10:00:00+01:00">7 december</time></p>
            <form><label for="a">Adress</label><input id="a" name="a" autocomplete="address-line1"></form>
            <div data-hx-get="/samordning" data-hx-target="#x"></div>
            </main></body></html>
            """;

    @Test
    void passesCleanHtml() {
        assertThat(HtmlValidation.errors(CLEAN)).isEmpty();
    }

    @Test
    void findsTheErrorsTheIssueNamed() {
        var html = CLEAN.replace("+01:00\"", "+01:00[Europe/Stockholm]\"")
                .replace("address-line1", "street-address")
                .replace("data-hx-get", "hx-get")
                .replace("<form>", "<form><span id=\"a\"></span>");

        var errors = HtmlValidation.errors(html);

        assertThat(String.join("\n", errors))
                .contains("datetime")
                .contains("autocomplete")
                .contains("hx-get")
                .containsIgnoringCase("duplicate id");
    }

    @Test
    void aDocumentWithoutDoctypeIsAnError() {
        assertThat(HtmlValidation.errors(CLEAN.replace("<!DOCTYPE html>", ""))).isNotEmpty();
    }
}
