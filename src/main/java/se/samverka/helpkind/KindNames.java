package se.samverka.helpkind;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.support.AbstractMessageSource;
import se.samverka.shared.HelpKind;

/**
 * Answers the message keys {@code kind.<CODE>} from the table of kinds, so that every template and mail that names a
 * kind with {@code #{${kind.messageKey()}}} shows the administrator's current name without a bundle entry. It sits
 * behind the bundles as their parent: the bundles hold no {@code kind.*} keys, so each such lookup falls through to
 * here (and anything else that is missing falls through to the bundles' own parent, if any). Not a bean itself, so
 * that {@code MessageSource} stays one bean to inject; {@link KindNamesInstaller} puts it in place.
 */
class KindNames extends AbstractMessageSource {

    private static final String PREFIX = "kind.";

    private final HelpKinds kinds;

    KindNames(HelpKinds kinds) {
        this.kinds = kinds;
    }

    /** Puts these names behind the bundles (between them and their parent). */
    void installBehind(MessageSource messageSource) {
        if (messageSource instanceof HierarchicalMessageSource bundles
                && !(bundles.getParentMessageSource() instanceof KindNames)) {
            setParentMessageSource(bundles.getParentMessageSource());
            bundles.setParentMessageSource(this);
        }
    }

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        if (code == null || !code.startsWith(PREFIX)) {
            return null;
        }
        var value = code.substring(PREFIX.length());
        return HelpKind.isCode(value) ? kinds.name(HelpKind.valueOf(value), locale) : null;
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        var name = resolveCodeWithoutArguments(code, locale);
        // quoted whole, so that an apostrophe or a brace in a name is shown as typed
        return name == null ? null : new MessageFormat("'" + name.replace("'", "''") + "'", locale);
    }
}
