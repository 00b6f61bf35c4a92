package se.samverka.helpkind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts {@link KindNames} behind the application's message bundles when the context starts. */
@Component
class KindNamesInstaller {

    KindNamesInstaller(MessageSource messageSource, HelpKinds kinds) {
        new KindNames(kinds).installBehind(messageSource);
    }
}
