package se.samverka.collaboration;

import org.springframework.validation.Errors;

/** A document link: a title and an http or https address, nothing else (no javascript:, no file:). */
record DocumentForm(String title, String url) {

    DocumentForm {
        title = title == null ? "" : title.strip();
        url = url == null ? "" : url.strip();
    }

    static DocumentForm empty() {
        return new DocumentForm("", "");
    }

    void check(Errors errors) {
        if (title.isEmpty()) {
            errors.rejectValue("title", "collaboration.document.field.title.required");
        } else if (title.length() > 200) {
            errors.rejectValue("title", "collaboration.document.field.title.tooLong");
        }
        if (url.isEmpty()) {
            errors.rejectValue("url", "collaboration.document.field.url.required");
        } else if (url.length() > 2000 || !DocumentUrl.isValid(url)) {
            errors.rejectValue("url", "collaboration.document.field.url.invalid");
        }
    }

    DocumentUrl urlValue() {
        return DocumentUrl.of(url);
    }
}
