package se.samverka.helpkind;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import se.samverka.shared.HelpKind;

/**
 * Reads a kind of help from a form or an address: a code no kind has (a changed page, an old tab) cannot be read,
 * so the form shows "wrong format" at the field with status 400, as for any value nobody could have chosen. A
 * retired kind is read; each form decides whether it may still be chosen there. Spring Boot adds converter beans to
 * the web conversion service.
 */
@Component
class KindCodeConverter implements Converter<String, HelpKind> {

    private final HelpKinds kinds;

    KindCodeConverter(HelpKinds kinds) {
        this.kinds = kinds;
    }

    @Override
    public HelpKind convert(String source) {
        var code = source.strip();
        if (code.isEmpty()) {
            return null;
        }
        return kinds.parse(code).orElseThrow(() -> new IllegalArgumentException("No kind of help has that code"));
    }
}
